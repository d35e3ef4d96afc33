using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Operations;

public sealed class DataProtectionTests : IAsyncLifetime
{
    private const string CertificatePassword = "a password for this test only";

    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"jaifportal-keys-{Guid.NewGuid():N}.pfx");
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=JaifPortal Data Protection (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        await File.WriteAllBytesAsync(_certificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    public async Task DisposeAsync()
    {
        File.Delete(_certificatePath);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_keys_are_stored_in_the_database_encrypted_with_the_certificate_and_a_sign_in_outlives_a_restart()
    {
        var settings = new Dictionary<string, string>
        {
            ["DataProtection:Certificate:Path"] = _certificatePath,
            ["DataProtection:Certificate:Password"] = CertificatePassword,
        };
        var browser = new System.Net.CookieContainer();
        await using (var before = new PortalFactory(_database.ConnectionString, settings))
        {
            await BackOffice.CreateUserAsync(before, "editor@jmt.example", PortalRoles.Editor);
            using var client = before.CreateDefaultClient(new CookieContainerHandler(browser));
            (await BackOffice.SignInAsync(client, "editor@jmt.example")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        await using (var db = _database.CreateContext())
        {
            var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
            keys.Should().NotBeEmpty().And.OnlyContain(xml => xml!.Contains("<EncryptedData", StringComparison.Ordinal) && !xml.Contains("unencrypted", StringComparison.Ordinal),
                "a copy of the table or of a backup reveals no key without the certificate");
        }

        await using var after = new PortalFactory(_database.ConnectionString, settings);
        using var afterRestart = after.CreateDefaultClient(new CookieContainerHandler(browser));
        (await afterRestart.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.OK, "the restarted portal reads the key ring from the database");
    }
}
