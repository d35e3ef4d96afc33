namespace JaifPortal.Web.Domain;

public class Country : ITranslated<CountryTranslation>
{
    public int Id { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string IsoCode { get; set; }

    /// <summary>Whether the text is shaped like an ISO code (two upper-case ASCII letters), checked before it is looked up.</summary>
    public static bool IsIsoCodeShaped(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);

    public required string Slug { get; set; }

    public CountryGroup Group { get; set; }

    public string OriginalLanguage { get; set; } = ContentLanguage.English;

    public ICollection<CountryTranslation> Translations { get; set; } = [];
}

public class CountryTranslation : Translation
{
    public int CountryId { get; set; }

    public required string Name { get; set; }
}

public enum CountryGroup
{
    AseanMemberState = 0,

    /// <summary>Timor-Leste, admitted in principle and taking part in ASEAN meetings as an observer.</summary>
    AseanObserver = 1,

    Japan = 2,
    Other = 3,
}
