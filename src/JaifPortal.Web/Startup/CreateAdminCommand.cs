using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Startup;

/// <summary>
/// "create-admin --email ADDRESS [--name NAME]": creates the first (or another) administrator and
/// prints its generated password once. The repository holds no account and no password.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var email = OptionValue(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email ADDRESS [--name \"Display Name\"]");
            return 2;
        }

        await PortalDatabase.MigrateAndSeedAsync(app.Services, CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var (password, errors) = await AdministratorAccounts.CreateAsync(users, clock, email, OptionValue(args, "--name") ?? email);
        if (password is null)
        {
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync(error);
            }

            return 1;
        }

        Console.WriteLine($"Administrator {email} created. Password (shown once; change it after signing in at /admin):");
        Console.WriteLine(password);
        return 0;
    }

    private static string? OptionValue(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
