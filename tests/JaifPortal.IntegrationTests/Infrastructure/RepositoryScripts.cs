using System.Diagnostics;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The repository's .ci scripts, which start local PostgreSQL clusters, Redis and nginx from Debian packages
/// (installing them when missing), run by the tests exactly as `make cluster` runs them.
/// </summary>
public static class RepositoryScripts
{
    /// <summary>The checkout the tests were built from (the folder holding .ci/).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A script's own folder under .local/ (git-ignored), where it keeps its data, logs and certificates.</summary>
    public static string LocalFolder(string name) => Path.Combine(Root, ".local", name);

    /// <returns>What the script printed.</returns>
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Root, ".ci", script))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($".ci/{script} {string.Join(' ', arguments)} failed ({process.ExitCode}):{Environment.NewLine}{await output}{await errors}");
        }

        return await output;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".ci", "local-postgres")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No checkout (a folder with .ci/local-postgres) above {AppContext.BaseDirectory}.");
    }
}
