using BenchmarkDotNet.Running;

namespace JaifPortal.Benchmarks;

/// <summary>
/// Runs the speed benchmarks against a PostgreSQL database filled by the data generator: `make bench`
/// (see docs/benchmarks.md). Arguments go to BenchmarkDotNet, e.g. --filter '*Search*'.
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args.Length > 0 ? args : ["--filter", "*"], new PortalBenchmarkConfig());
}
