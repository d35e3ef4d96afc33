namespace JaifPortal.Web.Domain;

/// <summary>A number a source gives about an initiative: ¥2.8 trillion, 5,000 people, about 160 participants, 38 days.</summary>
public class KeyFigure : ITranslated<KeyFigureTranslation>
{
    public int Id { get; set; }

    public int InitiativeId { get; set; }

    public Initiative Initiative { get; set; } = null!;

    public decimal Value { get; set; }

    /// <summary>What is counted. Figures only add up when their units agree.</summary>
    public FigureUnit Unit { get; set; }

    public FigureApproximation Approximation { get; set; }

    public int SortOrder { get; set; }

    public string OriginalLanguage { get; set; } = ContentLanguage.Japanese;

    public ICollection<KeyFigureTranslation> Translations { get; set; } = [];
}

public class KeyFigureTranslation : Translation
{
    public int KeyFigureId { get; set; }

    /// <summary>What the number counts, e.g. "young people from Japan and ASEAN on board".</summary>
    public required string Label { get; set; }
}

public enum FigureUnit
{
    Yen = 0,
    People = 1,
    Participants = 2,
    Days = 3,
    Years = 4,
    Countries = 5,
    Memoranda = 6,
    Areas = 7,
}

public enum FigureApproximation
{
    Exact = 0,

    /// <summary>約: "about".</summary>
    About = 1,

    /// <summary>以上: "or more".</summary>
    OrMore = 2,

    /// <summary>規模: "on the scale of", for amounts a source gives as an order of magnitude.</summary>
    ScaleOf = 3,
}
