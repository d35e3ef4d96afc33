using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Discovery.Iati;

/// <summary>The IATI export's words in one language, from the "IatiText" entries of its PO file.</summary>
public sealed class IatiText : PortalText
{
    private IatiText(string language)
        : base(language)
    {
    }

    public string DownloadIati => Text();

    public string NothingToExport => Text();

    public string NotExportable(IEnumerable<string> gaps) => Format([string.Join(Entry("NotExportable.Separator"), gaps)]);

    public string Gap(IatiGap gap) => Entry($"{nameof(IatiGap)}.{gap}");

    public string DateAsGiven(string date) => Format([date]);

    /// <summary>The name of OECD DAC region 789 in this language.</summary>
    public string AseanRegionName => Text();

    public static IatiText For(string language) => Of(language, code => new IatiText(code));

    public string Explain(IEnumerable<IatiGap> gaps) => NotExportable(gaps.Select(Gap));
}
