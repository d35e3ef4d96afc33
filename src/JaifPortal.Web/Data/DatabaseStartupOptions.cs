namespace JaifPortal.Web.Data;

public sealed class DatabaseStartupOptions
{
    public const string Section = "Database";

    /// <summary>Apply migrations and seed at start-up (Development and make run); production uses the 'migrate' command.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>On an empty Development database, create an administrator and print its password once.</summary>
    public bool CreateDevelopmentAdministrator { get; set; }

    /// <summary>The longest wait between two attempts to reach PostgreSQL.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
