using System.Net;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The portal as it runs in Development (migrating and seeding at start-up), on a database of the test's choosing;
/// extra settings (e.g. a small Api:RequestsPerMinute) override configuration for this factory only, and
/// extra services replace the portal's own (e.g. a password hasher that counts its calls).
/// </summary>
public sealed class PortalFactory(
    string connectionString,
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{DatabaseSetup.ConnectionStringName}", connectionString);
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
}

/// <summary>
/// Gives each test request the client address a server would see (the test server sees none): the one a
/// test client names in <see cref="Header"/>, else the loopback address.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address)
                ? address
                : IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>Keeps the portal's log lines, rendered as the console shows them, so a test can check what an operator would read.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly List<string> _messages = [];
    private readonly MessageTemplateTextFormatter _formatter = new("{Message:lj}");

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        _formatter.Format(logEvent, writer);
        lock (_messages)
        {
            _messages.Add(writer.ToString());
        }
    }
}
