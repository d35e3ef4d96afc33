using System.Linq.Expressions;

namespace JaifPortal.Web.Domain;

/// <summary>
/// What a dated record's status is on a given day. The recorded status is what the source or an editor last said
/// ("予定", "Ongoing"); once the date it speaks of has passed, a "Planned" or "Ongoing" nobody has revised is no longer
/// true, so the portal never shows it as upcoming: it shows the item as past and lists it for editors as needing an
/// update. A date has passed when the whole period it names has (a milestone of "2024-11" on 30 November 2024 has
/// not), and "today" is the day in Jakarta (<see cref="PortalTime.DateOf"/>). Every page, feed and list that says
/// whether something is upcoming asks here, in C# for what it shows and through the expressions below in SQL.
/// </summary>
public static class StatusToday
{
    /// <summary>An initiative's statuses on the day in the order it goes through them: the order facets and charts list them in.</summary>
    public static IReadOnlyList<InitiativeStanding> InitiativeStandings { get; } =
        [InitiativeStanding.Planned, InitiativeStanding.StartPassed, InitiativeStanding.Ongoing, InitiativeStanding.Ended, InitiativeStanding.Completed];

    /// <summary>Whether the whole period the date names lies before <paramref name="today"/>.</summary>
    public static bool HasPassed(this PartialDate date, DateOnly today) => date.End < today;

    /// <summary>A milestone's status on the day: as recorded, unless it is still planned for a date that has passed.</summary>
    public static MilestoneStanding Of(MilestoneStatus recorded, PartialDate date, DateOnly today) => recorded switch
    {
        MilestoneStatus.Achieved => MilestoneStanding.Achieved,
        _ when date.HasPassed(today) => MilestoneStanding.DatePassed,
        _ => MilestoneStanding.Planned,
    };

    /// <summary>
    /// An initiative's status on the day: as recorded, unless its end date has passed while it is not recorded as
    /// completed (shown as ended then), or it is still planned while its start date has passed.
    /// </summary>
    public static InitiativeStatusToday Of(InitiativeStatus recorded, PartialDate? start, PartialDate? end, DateOnly today) => recorded switch
    {
        InitiativeStatus.Completed => new(recorded, InitiativeStanding.Completed, null),
        _ when end is not null && end.HasPassed(today) => new(recorded, InitiativeStanding.Ended, end),
        InitiativeStatus.Planned when start is not null && start.HasPassed(today) => new(recorded, InitiativeStanding.StartPassed, start),
        InitiativeStatus.Planned => new(recorded, InitiativeStanding.Planned, null),
        _ => new(recorded, InitiativeStanding.Ongoing, null),
    };

    /// <summary>Events still to come: those whose start date has not passed (one of this month counts while the month lasts).</summary>
    public static Expression<Func<Event, bool>> UpcomingEvents(DateOnly today)
    {
        var cutoffs = Cutoffs.On(today);
        return InSql<Event>(e => !Passed(e.StartDate, cutoffs));
    }

    /// <summary>Milestones whose date has not passed, whatever their recorded status: the calendar's.</summary>
    public static Expression<Func<Milestone, bool>> UpcomingMilestones(DateOnly today)
    {
        var cutoffs = Cutoffs.On(today);
        return InSql<Milestone>(m => !Passed(m.Date, cutoffs));
    }

    /// <summary>The milestones <see cref="Of(MilestoneStatus, PartialDate, DateOnly)"/> calls <see cref="MilestoneStanding.DatePassed"/>.</summary>
    public static Expression<Func<Milestone, bool>> MilestonesNeedingUpdate(DateOnly today)
    {
        var cutoffs = Cutoffs.On(today);
        return InSql<Milestone>(m => m.Status == MilestoneStatus.Planned && Passed(m.Date, cutoffs));
    }

    /// <summary>The initiatives whose <see cref="InitiativeStatusToday.NeedsUpdate"/> holds.</summary>
    public static Expression<Func<Initiative, bool>> InitiativesNeedingUpdate(DateOnly today)
    {
        var cutoffs = Cutoffs.On(today);
        return InSql<Initiative>(i => i.Status != InitiativeStatus.Completed
            && ((i.EndDate != null && Passed(i.EndDate, cutoffs))
                || (i.Status == InitiativeStatus.Planned && i.StartDate != null && Passed(i.StartDate, cutoffs))));
    }

    /// <summary>
    /// <see cref="Of(InitiativeStatus, PartialDate?, PartialDate?, DateOnly)"/>'s standing in a form SQL can take (a
    /// CASE): what the lists' status facet counts, the dashboards group by and the <c>?status=</c> filter compares.
    /// </summary>
    public static Expression<Func<Initiative, InitiativeStanding>> InitiativeStandingOn(DateOnly today)
    {
        var cutoffs = Cutoffs.On(today);
        return InSql<Initiative, InitiativeStanding>(i =>
            i.Status == InitiativeStatus.Completed ? InitiativeStanding.Completed
            : i.EndDate != null && Passed(i.EndDate, cutoffs) ? InitiativeStanding.Ended
            : i.Status == InitiativeStatus.Planned && i.StartDate != null && Passed(i.StartDate, cutoffs) ? InitiativeStanding.StartPassed
            : i.Status == InitiativeStatus.Planned ? InitiativeStanding.Planned
            : InitiativeStanding.Ongoing);
    }

    /// <summary>The initiatives that read as <paramref name="standing"/> on the day: the status filter of the lists, exports and API.</summary>
    public static Expression<Func<Initiative, bool>> InitiativesStanding(InitiativeStanding standing, DateOnly today)
    {
        var standingOn = InitiativeStandingOn(today);
        return Expression.Lambda<Func<Initiative, bool>>(Expression.Equal(standingOn.Body, Expression.Constant(standing)), standingOn.Parameters);
    }

    /// <summary>
    /// <see cref="HasPassed"/> in a form SQL can take: the date starts before the first start of a period of its
    /// precision that has not passed. The expressions above call it; <see cref="InSql{T}"/> writes it out for EF Core.
    /// </summary>
    private static bool Passed(PartialDate date, Cutoffs cutoffs) => date.Start < cutoffs.For(date.Precision);

    private static Expression<Func<T, bool>> InSql<T>(Expression<Func<T, bool>> predicate) => InSql<T, bool>(predicate);

    private static Expression<Func<T, TResult>> InSql<T, TResult>(Expression<Func<T, TResult>> expression) =>
        (Expression<Func<T, TResult>>)new PassedWrittenOut().Visit(expression);

    /// <summary>
    /// For each precision, the first start of a period that has not passed on a day: that day, the first of its
    /// month, of its year, of its fiscal year (April). SQL written by hand (the lists' facet counts in one statement)
    /// takes them as the parameters of the same comparison.
    /// </summary>
    public sealed record Cutoffs(DateOnly Day, DateOnly Month, DateOnly Year, DateOnly FiscalYear)
    {
        public static Cutoffs On(DateOnly today) => new(
            today,
            new DateOnly(today.Year, today.Month, 1),
            new DateOnly(today.Year, 1, 1),
            new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1));

        public DateOnly For(DatePrecision precision) => precision switch
        {
            DatePrecision.Day => Day,
            DatePrecision.Month => Month,
            DatePrecision.Year => Year,
            _ => FiscalYear,
        };
    }

    /// <summary>Replaces each call of <see cref="Passed"/> by its body with the precision's cut-off as a CASE, which EF Core translates.</summary>
    private sealed class PassedWrittenOut : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name != nameof(Passed) || node.Method.DeclaringType != typeof(StatusToday))
            {
                return base.VisitMethodCall(node);
            }

            var date = Visit(node.Arguments[0]);
            var cutoffs = node.Arguments[1];
            var precision = Expression.Property(date, nameof(PartialDate.Precision));
            Expression CutoffIf(DatePrecision when, Expression otherwise) => Expression.Condition(
                Expression.Equal(precision, Expression.Constant(when)), Expression.Property(cutoffs, when.ToString()), otherwise);
            var cutoff = CutoffIf(DatePrecision.Day, CutoffIf(DatePrecision.Month, CutoffIf(DatePrecision.Year, Expression.Property(cutoffs, nameof(Cutoffs.FiscalYear)))));
            return Expression.LessThan(Expression.Property(date, nameof(PartialDate.Start)), cutoff);
        }
    }
}

/// <summary>What a visitor reads of a milestone on the day.</summary>
public enum MilestoneStanding
{
    Achieved = 0,
    Planned = 1,

    /// <summary>Still recorded as planned, for a date that has passed: shown as past, outcome not yet recorded.</summary>
    DatePassed = 2,
}

/// <summary>What a visitor reads of an initiative on the day.</summary>
public enum InitiativeStanding
{
    Planned = 0,
    Ongoing = 1,
    Completed = 2,

    /// <summary>Recorded as planned or ongoing, but its end date has passed.</summary>
    Ended = 3,

    /// <summary>Recorded as planned, but its start date has passed.</summary>
    StartPassed = 4,
}

/// <summary>An initiative's status on a day, with the date that has passed when that date decides it.</summary>
public sealed record InitiativeStatusToday(InitiativeStatus Recorded, InitiativeStanding Standing, PartialDate? PassedDate)
{
    /// <summary>Whether a date has overtaken the recorded status, so an editor should record what happened.</summary>
    public bool NeedsUpdate => Standing is InitiativeStanding.Ended or InitiativeStanding.StartPassed;
}
