using System.Security.Cryptography.X509Certificates;
using JaifPortal.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace JaifPortal.Web.Startup;

/// <summary>How the Data Protection keys are protected at rest ("DataProtection" in configuration).</summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 file (.pfx) whose certificate encrypts every new key before it is stored; each instance needs the same file.</summary>
    public CertificateFile? Certificate { get; set; }

    /// <summary>Certificates used before a rotation: kept so the keys they encrypted can still be read.</summary>
    public List<CertificateFile> PreviousCertificates { get; set; } = [];
}

public sealed class CertificateFile
{
    public string Path { get; set; } = string.Empty;

    public string? Password { get; set; }
}

/// <summary>
/// The keys behind sign-in cookies and antiforgery tokens live in PostgreSQL (table data_protection_keys),
/// so every instance reads one key ring and a restart or redeploy keeps everyone signed in and every open form valid.
/// </summary>
public static class DataProtectionSetup
{
    /// <summary>
    /// Data Protection isolates key rings by application name, which otherwise derives from the content root:
    /// two instances installed in different folders would refuse each other's cookies. Never change it in a
    /// running deployment: that signs everyone out and invalidates every open form.
    /// </summary>
    public const string ApplicationName = "JaifPortal";

    /// <summary>After everything else that uses Data Protection (Identity, antiforgery), whose registrations would bring back the preloading this takes out.</summary>
    public static WebApplicationBuilder AddPortalDataProtection(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PortalDbContext>();

        // Data Protection reads the key ring as the host starts, before the schema may be migrated (a fresh
        // database, an instance started before 'migrate'), and logs a failed query then. The ring is read at
        // its first use instead, which the starting gate holds back until the schema is ready.
        foreach (var preload in builder.Services.Where(service => service.ServiceType == typeof(IHostedService)
            && service.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList())
        {
            builder.Services.Remove(preload);
        }

        // Without a certificate the keys are stored as plain XML (Data Protection logs a warning when it
        // writes one), readable by anyone who can read the table or a backup of it.
        if (!string.IsNullOrWhiteSpace(options.Certificate?.Path))
        {
            var certificate = Load(options.Certificate);
            dataProtection
                .ProtectKeysWithCertificate(certificate)
                .UnprotectKeysWithAnyCertificate([certificate, .. options.PreviousCertificates.Select(Load)]);
        }

        return builder;
    }

    /// <summary>
    /// Creates the first key when the ring is empty. The 'migrate' command calls it, so instances started
    /// together afterwards all find that key instead of each creating one of its own at its first request.
    /// </summary>
    public static void EnsureKeyRing(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ApplicationName).Protect([]);

    private static X509Certificate2 Load(CertificateFile file)
    {
        if (!File.Exists(file.Path))
        {
            throw new InvalidOperationException(
                $"The Data Protection certificate '{file.Path}' does not exist. Set {KeyProtectionOptions.Section}:Certificate:Path " +
                "(and :Password) to a PKCS#12 (.pfx) file readable by the portal, or remove the setting (docs/operations.md).");
        }

        return X509CertificateLoader.LoadPkcs12FromFile(file.Path, file.Password, X509KeyStorageFlags.EphemeralKeySet);
    }
}
