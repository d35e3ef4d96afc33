using System.Diagnostics;
using System.Text.RegularExpressions;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The built portal run as its own process on a free loopback port, as an operator runs it, with its
/// console output kept line by line (what a log collector would read).
/// </summary>
public sealed partial class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private PortalProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public static async Task<PortalProcess> StartAsync(string environment, string connectionString)
    {
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [web, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(web)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__Portal"] = connectionString;
        start.Environment["Database__CreateDevelopmentAdministrator"] = "false";
        var portal = new PortalProcess(Process.Start(start)!);
        portal._process.OutputDataReceived += (_, line) => portal.Keep(line.Data);
        portal._process.ErrorDataReceived += (_, line) => portal.Keep(line.Data);
        portal._process.BeginOutputReadLine();
        portal._process.BeginErrorReadLine();

        var listening = await portal.WaitForLineAsync(line => ListeningOn().IsMatch(line));
        portal.BaseAddress = new Uri(ListeningOn().Match(listening).Value);
        return portal;
    }

    /// <summary>The first line the condition holds for, waiting up to 30 seconds for it to be written.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> condition)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (Lines.FirstOrDefault(condition) is { } line)
            {
                return line;
            }

            if (_process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The portal did not write the expected line. It wrote:\n" + string.Join('\n', Lines));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningOn();
}
