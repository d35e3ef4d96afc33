using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace JaifPortal.Benchmarks;

/// <summary>
/// One request per iteration, so the median and 95th percentile are those of single requests, as a
/// visitor waits for them; in process, because the portal under test is hosted in this process anyway.
/// </summary>
public sealed class PortalBenchmarkConfig : ManualConfig
{
    public const int Requests = 40;

    public PortalBenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithWarmupCount(5)
            .WithIterationCount(Requests)
            .WithId("Request"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
        ArtifactsPath = Path.Combine(".local", "benchmarks");
        WithOptions(ConfigOptions.JoinSummary);
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
    }
}
