namespace JaifPortal.Web.Pages.Countries;

/// <summary>
/// A schematic map: one tile per country, placed roughly where it lies, so the map needs no tile
/// server, no geographic data and no script, and every tile is a link a keyboard can reach.
/// </summary>
public static class CountryMap
{
    public const int Tile = 120;
    public const int Gap = 8;

    /// <summary>Column and row of each country's tile, west to east and north to south.</summary>
    private static readonly Dictionary<string, (int Column, int Row)> Places = new(StringComparer.Ordinal)
    {
        ["JP"] = (5, 0),
        ["MM"] = (0, 1),
        ["LA"] = (1, 1),
        ["VN"] = (2, 1),
        ["TH"] = (1, 2),
        ["KH"] = (2, 2),
        ["PH"] = (4, 2),
        ["MY"] = (1, 3),
        ["BN"] = (3, 3),
        ["SG"] = (1, 4),
        ["ID"] = (2, 4),
        ["TL"] = (4, 4),
    };

    public static int Width => (Places.Values.Max(p => p.Column) + 1) * (Tile + Gap);

    public static int Height => (Places.Values.Max(p => p.Row) + 1) * (Tile + Gap);

    public static (int X, int Y)? PositionOf(string isoCode) =>
        Places.TryGetValue(isoCode, out var place) ? (place.Column * (Tile + Gap), place.Row * (Tile + Gap)) : null;
}
