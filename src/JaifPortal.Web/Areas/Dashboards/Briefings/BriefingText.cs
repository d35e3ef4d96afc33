using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Dashboards.Briefings;

/// <summary>The briefing packs' own words in one language, from the "BriefingText" entries of its PO file.</summary>
public sealed class BriefingText : PortalText
{
    private BriefingText(string language)
        : base(language)
    {
    }

    public string BriefingPack => Text();

    public string PackTitle(string subject) => Format([subject]);

    public string PrintButton => Text();

    /// <summary>When the pack was prepared, in Jakarta's time (the entry's placeholder carries the date's pattern).</summary>
    public string PreparedOn(DateTimeOffset jakartaTime) => Format([jakartaTime]);

    public string PublishedContentOnly => Text();

    public string WorkInProgressLeftOut => Text();

    public string ClassificationInternal => Text();

    public string ClassificationInternalWithJudgements => Text();

    public string ClassificationSharing => Text();

    public string Variant => Text();

    public string VariantInternal => Text();

    public string VariantSharing => Text();

    public string Summary => Text();

    public string HeadlineFigures => Text();

    public string PillarsCovered => Text();

    public string MilestonesInTheNextMonths(int months) => Format([months]);

    public string EventsIn(string period) => Format([period]);

    public string MainInitiatives => Text();

    public string ComingUp => Text();

    public string Details => Text();

    public string AllInitiatives => Text();

    public string OtherInitiatives => Text();

    public string PdfHint => Text();

    public string Initiatives => Text();

    public string RegionalInitiativesBesides(int count) => Plural(count);

    public string UpcomingMilestones => Text();

    public string UpcomingMilestonesPeriod(int months) => Format([months]);

    public string Events => Text();

    public string EventsPeriod(int months) => Format([months]);

    public string InitiativesByPillar => Text();

    public string FiguresAreWholeInitiative => Text();

    public string RecordsUsed => Text();

    public string RecordsUsedIntro => Text();

    public string RevisionNumber(int number) => Format([number]);

    public string AsImported => Text();

    /// <summary>The names of the record types (the entries "RecordTypes.Initiative").</summary>
    public TextMap<string> RecordTypeNames => Map<string>("RecordTypes");

    public string OpenBriefingPack => Text();

    public string FilteredBy(string filter) => Format([filter]);

    public string BriefingPacks => Text();

    public string BriefingPacksLead => Text();

    public string NextEvents => Text();

    public string NoNextEvents => Text();

    public static BriefingText For(string language) => Of(language, code => new BriefingText(code));
}
