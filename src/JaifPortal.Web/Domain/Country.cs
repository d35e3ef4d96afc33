namespace JaifPortal.Web.Domain;

public class Country : INamedRecord<CountryTranslation>
{
    public int Id { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string IsoCode { get; set; }

    /// <summary>Whether the text is shaped like an ISO code (two upper-case ASCII letters), checked before it is looked up.</summary>
    public static bool IsIsoCodeShaped(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);

    public required string Slug { get; set; }

    public CountryGroup Group { get; set; }

    /// <summary>The day the country became an ASEAN Member State, when the portal records it.</summary>
    public DateOnly? AseanMemberSince { get; set; }

    public string OriginalLanguage { get; set; } = ContentLanguage.English;

    /// <summary>PostgreSQL's xmin: an administrator's save of an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }

    public ICollection<CountryTranslation> Translations { get; set; } = [];
}

public class CountryTranslation : Translation, INamedTranslation
{
    public int CountryId { get; set; }

    public required string Name { get; set; }

    /// <summary>
    /// Where the country's membership comes from when the source documents do not give it (Timor-Leste joined
    /// after they were written); empty when they do.
    /// </summary>
    public string? MembershipSource { get; set; }
}

public enum CountryGroup
{
    AseanMemberState = 0,

    /// <summary>A country admitted in principle and taking part in ASEAN meetings as an observer (Timor-Leste from 2022 until it joined in 2025).</summary>
    AseanObserver = 1,

    Japan = 2,
    Other = 3,
}
