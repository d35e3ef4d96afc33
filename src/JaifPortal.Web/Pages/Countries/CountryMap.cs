using System.Globalization;
using System.Text;
using System.Text.Json;

namespace JaifPortal.Web.Pages.Countries;

/// <summary>
/// The countries map: Natural Earth's 1:50m country shapes (the npm package world-atlas, public domain, embedded
/// in the assembly at build time) for Japan and the ASEAN region, projected once into SVG paths. The page draws
/// them itself, so the map needs no tile server, no script and nothing from another site.
/// </summary>
public static class CountryMap
{
    public const string AtlasResource = "JaifPortal.Web.WorldAtlas.countries-50m.json";

    /// <summary>The part of the world drawn, in degrees: Myanmar to Hokkaido, Timor-Leste to the north of Japan.</summary>
    private const double West = 91.5, East = 147.5, South = -11.5, North = 46.0;

    /// <summary>Pixels per degree of longitude; latitude is stretched by 1/cos(the middle latitude), a plain equirectangular map.</summary>
    private const double Scale = 14.0;

    /// <summary>Points nearer than this (in pixels) to the last one kept are dropped: the 1:50m coastlines carry far more detail than the map shows.</summary>
    private const double MinimumStep = 1.5;

    /// <summary>Shapes smaller than this (in square pixels) are islets too small to see; the countries' own small states get a marker instead.</summary>
    private const double MinimumArea = 4;

    /// <summary>The neighbours are only orientation: their smaller islands are left out.</summary>
    private const double MinimumSurroundingArea = 40;

    /// <summary>How far outside the map the neighbours' outlines are cut (their points are pulled onto this frame).</summary>
    private const double Margin = 4;

    /// <summary>Natural Earth's ids (ISO 3166-1 numeric) of the countries the portal links, by their ISO alpha-2 code.</summary>
    private static readonly Dictionary<string, string> Linked = new(StringComparer.Ordinal)
    {
        ["392"] = "JP", ["096"] = "BN", ["116"] = "KH", ["360"] = "ID", ["418"] = "LA", ["458"] = "MY",
        ["104"] = "MM", ["608"] = "PH", ["702"] = "SG", ["764"] = "TH", ["704"] = "VN", ["626"] = "TL",
    };

    /// <summary>States too small to find or to tap at this scale: they also get a circle around their middle.</summary>
    private static readonly HashSet<string> Small = new(StringComparer.Ordinal) { "SG", "BN" };

    private static readonly double Stretch = 1 / Math.Cos((North + South) / 2 * Math.PI / 180);

    private static readonly Lazy<Atlas> Shapes = new(Load);

    public static int Width => (int)Math.Ceiling((East - West) * Scale);

    public static int Height => (int)Math.Ceiling((North - South) * Scale * Stretch);

    /// <summary>The SVG path of a linked country by ISO alpha-2 code, or null when the atlas has no such shape.</summary>
    public static CountryShape? ShapeOf(string isoCode) => Shapes.Value.Linked.GetValueOrDefault(isoCode);

    /// <summary>The neighbours (China, India, Australia, …) drawn in grey for orientation, without links.</summary>
    public static string Surroundings => Shapes.Value.Surroundings;

    /// <summary>
    /// The shade of a country among <paramref name="shades"/> steps: 0 for none, else 1 to shades in proportion to the
    /// largest count, so the country with the most initiatives is always the darkest.
    /// </summary>
    public static int ShadeOf(int count, int largest, int shades) =>
        count <= 0 || largest <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(count * (double)shades / largest), 1, shades);

    private static Atlas Load()
    {
        using var stream = typeof(CountryMap).Assembly.GetManifestResourceStream(AtlasResource)
            ?? throw new InvalidOperationException($"The map's shapes ({AtlasResource}) are not embedded: run `npm ci` in src/JaifPortal.Web.");
        using var topology = JsonDocument.Parse(stream);
        var root = topology.RootElement;
        var arcs = DecodeArcs(root);
        var linked = new Dictionary<string, CountryShape>(StringComparer.Ordinal);
        var surroundings = new StringBuilder();
        foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            var rings = Rings(geometry, arcs).ToList();
            var id = geometry.TryGetProperty("id", out var idValue) ? idValue.GetString() : null;
            if (id is not null && Linked.TryGetValue(id, out var isoCode))
            {
                var path = new StringBuilder();
                var largest = rings.OrderByDescending(Area).First();
                foreach (var ring in rings.Where(r => r == largest || Area(r) >= MinimumArea))
                {
                    AppendRing(path, ring);
                }

                linked[isoCode] = new CountryShape(path.ToString(), Middle(largest), Small.Contains(isoCode));
            }
            else
            {
                foreach (var ring in rings.Where(r => Area(r) >= MinimumSurroundingArea && InView(r)))
                {
                    AppendRing(surroundings, [.. ring.Select(Framed)]);
                }
            }
        }

        return new Atlas(linked, surroundings.ToString());
    }

    /// <summary>TopoJSON's arcs are quantised and delta-encoded; this gives each as projected points.</summary>
    private static List<(double X, double Y)[]> DecodeArcs(JsonElement root)
    {
        var transform = root.GetProperty("transform");
        var scale = transform.GetProperty("scale");
        var translate = transform.GetProperty("translate");
        var (scaleX, scaleY) = (scale[0].GetDouble(), scale[1].GetDouble());
        var (translateX, translateY) = (translate[0].GetDouble(), translate[1].GetDouble());
        var arcs = new List<(double X, double Y)[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new (double X, double Y)[arc.GetArrayLength()];
            long x = 0, y = 0;
            var index = 0;
            foreach (var delta in arc.EnumerateArray())
            {
                x += delta[0].GetInt64();
                y += delta[1].GetInt64();
                points[index++] = Project((x * scaleX) + translateX, (y * scaleY) + translateY);
            }

            arcs.Add(points);
        }

        return arcs;
    }

    private static (double X, double Y) Project(double longitude, double latitude) =>
        ((longitude - West) * Scale, (North - latitude) * Scale * Stretch);

    /// <summary>The rings of a Polygon or MultiPolygon, each joined from its arcs (a negative index is arc ~i reversed).</summary>
    private static IEnumerable<List<(double X, double Y)>> Rings(JsonElement geometry, List<(double X, double Y)[]> arcs)
    {
        if (!geometry.TryGetProperty("arcs", out var polygons))
        {
            yield break;
        }

        var isMulti = geometry.GetProperty("type").GetString() == "MultiPolygon";
        foreach (var polygon in isMulti ? polygons.EnumerateArray() : Enumerable.Repeat(polygons, 1))
        {
            foreach (var ring in polygon.EnumerateArray())
            {
                var points = new List<(double X, double Y)>();
                foreach (var arcIndex in ring.EnumerateArray().Select(a => a.GetInt32()))
                {
                    var arc = arcIndex >= 0 ? arcs[arcIndex] : [.. arcs[~arcIndex].Reverse()];
                    points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
                }

                yield return points;
            }
        }
    }

    private static double Area(List<(double X, double Y)> ring)
    {
        var sum = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Count]);
            sum += (a.X * b.Y) - (b.X * a.Y);
        }

        return Math.Abs(sum / 2);
    }

    private static bool InView(List<(double X, double Y)> ring) =>
        ring.Max(p => p.X) >= 0 && ring.Min(p => p.X) <= Width && ring.Max(p => p.Y) >= 0 && ring.Min(p => p.Y) <= Height;

    /// <summary>
    /// A point pulled onto a frame just outside the map: China's or Australia's outline then costs a few points
    /// along the frame instead of thousands nobody sees, and the part inside the map keeps its shape.
    /// </summary>
    private static (double X, double Y) Framed((double X, double Y) point) =>
        (Math.Clamp(point.X, -Margin, Width + Margin), Math.Clamp(point.Y, -Margin, Height + Margin));

    private static (double X, double Y) Middle(List<(double X, double Y)> ring) =>
        ((ring.Min(p => p.X) + ring.Max(p => p.X)) / 2, (ring.Min(p => p.Y) + ring.Max(p => p.Y)) / 2);

    private static void AppendRing(StringBuilder path, List<(double X, double Y)> ring)
    {
        var last = ring[0];
        path.Append('M').Append(Number(last.X)).Append(',').Append(Number(last.Y));
        foreach (var point in ring.Skip(1))
        {
            if (Math.Abs(point.X - last.X) + Math.Abs(point.Y - last.Y) >= MinimumStep)
            {
                path.Append('L').Append(Number(point.X)).Append(',').Append(Number(point.Y));
                last = point;
            }
        }

        path.Append('Z');
    }

    /// <summary>Whole pixels: the map is drawn about 800 pixels wide, so tenths would only make the page heavier.</summary>
    private static string Number(double value) => Math.Round(value).ToString(CultureInfo.InvariantCulture);

    private sealed record Atlas(Dictionary<string, CountryShape> Linked, string Surroundings);
}

/// <summary>One country's outline as an SVG path, the middle of its largest part, and whether it also needs a marker to be seen.</summary>
public sealed record CountryShape(string Path, (double X, double Y) Middle, bool NeedsMarker);

/// <summary>What the map shows of one country: the map's whole input is a list of these, so any count can feed it.</summary>
public sealed record MapCountry(string IsoCode, string Slug, string Name, int InitiativeCount);

/// <summary>The map with its legend and the page's words.</summary>
public sealed record CountryMapView(IReadOnlyList<MapCountry> Countries, JaifPortal.Web.Pages.Shared.UiText T)
{
    /// <summary>Steps of blue from few to most initiatives (the legend names the range of each).</summary>
    public const int Shades = 4;

    public int Largest => Countries.Count == 0 ? 0 : Countries.Max(c => c.InitiativeCount);

    public int ShadeOf(MapCountry country) => CountryMap.ShadeOf(country.InitiativeCount, Largest, Shades);

    /// <summary>The counts each shade stands for, as (shade, lowest, highest), leaving out shades no count can reach.</summary>
    public IEnumerable<(int Shade, int From, int To)> Legend() =>
        Enumerable.Range(1, Largest)
            .GroupBy(count => CountryMap.ShadeOf(count, Largest, Shades))
            .Select(g => (g.Key, g.Min(), g.Max()));
}
