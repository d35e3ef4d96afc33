namespace JaifPortal.Web.Areas.Discovery.Filtering;

/// <summary>
/// The answer of an address whose filter names nothing where no note can be shown (the JSON API, feeds): 400 with
/// problem details (RFC 9457) naming each key and why, in English, as the rest of the API speaks.
/// </summary>
public static class FilterProblemDetails
{
    public static IResult BadRequest(IReadOnlyList<FilterProblem> problems) =>
        Results.ValidationProblem(
            problems.GroupBy(problem => problem.Key).ToDictionary(group => group.Key, group => group.Select(Describe).ToArray()),
            title: problems.Count == 1 ? $"Unknown value for the '{problems[0].Key}' filter." : "Unknown values for filters.");

    private static string Describe(FilterProblem problem) => problem.Kind switch
    {
        FilterProblemKind.NotAYear => $"'{problem.Value}' is not a year between {FilterReader.MinimumYear} and {FilterReader.MaximumYear}.",
        FilterProblemKind.YearsInverted => $"The years run backwards ({problem.Value} to {problem.LastYear}).",
        FilterProblemKind.NoSuchPillar => $"'{problem.Value}' is not a known pillar.",
        FilterProblemKind.NoSuchArea => $"'{problem.Value}' is not a known cooperation area.",
        FilterProblemKind.NoSuchCountry => $"'{problem.Value}' is not a known country.",
        FilterProblemKind.NoSuchStatus => $"'{problem.Value}' is not a known status (Planned, StartPassed, Ongoing, Ended, Completed).",
        FilterProblemKind.NoSuchOrganisation => $"'{problem.Value}' is not a known published organisation.",
        _ => $"'{problem.Value}' is not a known {problem.Key}.",
    };
}
