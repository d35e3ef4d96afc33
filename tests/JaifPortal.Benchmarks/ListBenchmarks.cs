using BenchmarkDotNet.Attributes;

namespace JaifPortal.Benchmarks;

/// <summary>The public lists a visitor browses, with their facet counts, and the CSV download of every initiative (issue 5: 10,000 rows under 2 s).</summary>
public class ListBenchmarks : PortalBenchmark
{
    private const string InitiativeList = "/en/initiatives";
    private const string FilteredInitiativeList = "/ja/initiatives?pillar=partners-for-co-creation-of-economy-and-society-of-the-future&country=VN&page=2";
    private const string EventList = "/en/events";
    private const string InitiativeCsv = "/en/initiatives.csv";

    protected override IEnumerable<string> WarmUpPaths() => [InitiativeList, FilteredInitiativeList, EventList, InitiativeCsv];

    [Benchmark]
    public Task<int> InitiativesWithFacets() => FetchAsync(InitiativeList);

    [Benchmark]
    public Task<int> InitiativesFiltered() => FetchAsync(FilteredInitiativeList);

    [Benchmark]
    public Task<int> EventsWithFacets() => FetchAsync(EventList);

    [Benchmark]
    public Task<int> InitiativeCsvExport() => FetchAsync(InitiativeCsv);
}
