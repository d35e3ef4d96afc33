using BenchmarkDotNet.Attributes;

namespace JaifPortal.Benchmarks;

/// <summary>
/// Issue 4: "Search answers in under 100 ms median at the size of the dashboard data generator".
/// Each case is one search page, rendered in full, in English and in Japanese.
/// </summary>
public class SearchBenchmarks : PortalBenchmark
{
    [Params("en", "ja")]
    public string Language { get; set; } = "en";

    /// <summary>An English word, a Japanese word, a misspelt acronym, part of a word, one character (answered with a hint), and a word that matches nothing.</summary>
    [Params("disaster", "防災", "JENESIS", "resil", "a", "zzqxv")]
    public string Query { get; set; } = "disaster";

    private string Path => $"/{Language}/search?q={Uri.EscapeDataString(Query)}";

    protected override IEnumerable<string> WarmUpPaths() => [Path];

    /// <summary>The same search again while the content is unchanged: the page the portal kept.</summary>
    [Benchmark]
    public Task<int> Search() => FetchAsync(Path);

    /// <summary>A search nobody made since the content last changed: matched, ranked and counted anew.</summary>
    [Benchmark]
    public Task<int> FirstSearch() => FetchAsync(Path);

    [IterationSetup(Target = nameof(FirstSearch))]
    public void ForgetTheSearch() => ForgetKeptPages();
}
