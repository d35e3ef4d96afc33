using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The public words of the crosswalk (the badges on area and pillar pages, the ASEAN lens) in one
/// language (the "CrosswalkText" entries of its PO file). The names of ASEAN's pillars and
/// of the goals are in <see cref="CrosswalkNames"/>.
/// </summary>
public sealed class CrosswalkText : PortalText
{
    private CrosswalkText(string language)
        : base(language)
    {
    }

    public string AseanCommunities => Text();

    public string Goals => Text();

    public string MappingByJmt => Text();

    public string ThroughAseansLens => Text();

    public string PillarLensIntro => Text();

    public string LensTitle => Text();

    public string LensIntro => Text();

    public string LensCounting => Text();

    public string Area => Text();

    public string AllMappedAreas => Text();

    public string NoAreaMapped => Text();

    public string ChartCaption => Text();

    public string ChartTitle(string heading) => Format([heading]);

    public string ChartDescription(string values) => Format([values]);

    public string PillarNumber(int number) => Format([number]);

    public static CrosswalkText For(string language) => Of(language, code => new CrosswalkText(code));

}
