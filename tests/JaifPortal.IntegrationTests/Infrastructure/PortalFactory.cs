using System.Net;
using JaifPortal.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The portal as it runs in Development (migrating and seeding at start-up), on a database of the test's choosing;
/// extra settings (e.g. a small Api:RequestsPerMinute) override configuration for this factory only, and
/// extra services replace the portal's own (e.g. a password hasher that counts its calls). It hands out
/// clients once the schema is ready (pages answer "starting" until then), unless told not to wait.
/// </summary>
public sealed class PortalFactory(
    string connectionString,
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? services = null,
    bool waitUntilReady = true) : WebApplicationFactory<Program>
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(60);

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{PortalDatabase.ConnectionStringName}", connectionString);
        builder.UseSetting("Database:MaxRetryDelay", "00:00:01");
        builder.UseSetting("Database:CreateDevelopmentAdministrator", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(portal =>
        {
            portal.AddSingleton<ILogEventSink>(Logs);
            portal.AddSingleton<IStartupFilter, TestClientAddress>();
            services?.Invoke(portal);
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (waitUntilReady && !host.Services.GetRequiredService<DatabaseReadiness>().WhenReady.Wait(ReadyWithin))
        {
            throw new TimeoutException($"The portal was not ready within {ReadyWithin.TotalSeconds} s:{Environment.NewLine}{string.Join(Environment.NewLine, Logs.Messages)}");
        }

        return host;
    }
}

/// <summary>
/// Gives each test request the client address a server would see (the test server sees none): the one a
/// test client names in <see cref="Header"/>, else the one a test set on the connection itself, else the loopback address.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
            else
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>Keeps the portal's log lines, rendered as the console shows them, so a test can check what an operator would read.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly List<LogEvent> _events = [];
    private readonly MessageTemplateTextFormatter _formatter = new("{Message:lj}");
    private readonly LineWaiters _logged = new();

    public IReadOnlyList<string> Messages => Rendered(_ => true);

    /// <summary>Errors and worse, each with its exception's message.</summary>
    public IReadOnlyList<string> Errors => Rendered(logEvent => logEvent.Level >= LogEventLevel.Error);

    /// <summary>Completes when a line that <paramref name="matches"/> is logged (at once if one has been).</summary>
    public Task LoggedAsync(Func<string, bool> matches, string what) => _logged.WaitAsync(matches, () => Messages, what);

    public void Emit(LogEvent logEvent)
    {
        lock (_events)
        {
            _events.Add(logEvent);
            if (_logged.AnyWaiting)
            {
                _logged.Arrived(Render(logEvent));
            }
        }
    }

    private List<string> Rendered(Func<LogEvent, bool> which)
    {
        lock (_events)
        {
            return [.. _events.Where(which).Select(Render)];
        }
    }

    private string Render(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        _formatter.Format(logEvent, writer);
        return logEvent.Exception is null ? writer.ToString() : $"{writer} ({logEvent.Exception.Message})";
    }
}
