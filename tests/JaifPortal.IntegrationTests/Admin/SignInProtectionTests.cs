using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>Sign-in limits, the lockout and its limits, and answers that do not tell which accounts exist. Each test has its own database.</summary>
public sealed class SignInProtectionTests : PortalPerTest
{
    private const string WrongPassword = "not the password at all";

    private readonly CountingPasswordHasher.Calls _hashChecks = new();

    protected override PortalFactory CreateFactory(string connectionString) => new(connectionString, services: services =>
    {
        services.AddSingleton(_hashChecks);
        services.AddScoped<IPasswordHasher<PortalUser>, CountingPasswordHasher>();
    });

    /// <summary>Five wrong passwords in a row: enough to lock the account.</summary>
    private static async Task FailUntilLockedAsync(HttpClient client, string email)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await BackOffice.SignInAsync(client, email, WrongPassword);
        }
    }

    private static async Task<string?> MessageAsync(HttpResponseMessage response) =>
        (await HtmlPage.ParseAsync(response)).QuerySelector(".form-error")?.TextContent;

    [Fact]
    public async Task Attempts_past_the_limit_from_one_address_get_429_with_Retry_After_and_a_message_in_the_users_language()
    {
        var client = BackOffice.NewClient(Factory, "ja");
        var answers = new List<HttpResponseMessage>();

        for (var attempt = 0; attempt < 25; attempt++)
        {
            answers.Add(await BackOffice.SignInAsync(client, $"guess{attempt}@jmt.example", WrongPassword));
        }

        answers.Take(10).Should().OnlyContain(answer => answer.StatusCode == HttpStatusCode.OK);
        answers.Skip(10).Should().OnlyContain(answer => answer.StatusCode == HttpStatusCode.TooManyRequests);
        var refused = answers.Last();
        int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 60);
        (await MessageAsync(refused)).Should().StartWith("サインインの試行回数が多すぎます。");
        (await BackOffice.SignInAsync(BackOffice.NewClient(Factory), "guess@jmt.example", WrongPassword)).StatusCode
            .Should().Be(HttpStatusCode.OK, "another address has its own count");
        _hashChecks.Count.Should().Be(11, "a refused attempt costs no password hash");
    }

    [Fact]
    public async Task Guesses_at_one_account_from_many_addresses_are_limited_but_its_owner_still_signs_in()
    {
        await BackOffice.CreateUserAsync(Factory, "admin@jmt.example", PortalRoles.Administrator);
        var attackers = Enumerable.Range(0, 10).Select(_ => BackOffice.NewClient(Factory)).ToList();
        foreach (var attacker in attackers)
        {
            (await BackOffice.SignInAsync(attacker, "admin@jmt.example", WrongPassword)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var again = await BackOffice.SignInAsync(attackers[0], "ADMIN@jmt.example", WrongPassword);
        var owner = await BackOffice.SignInAsync(BackOffice.NewClient(Factory), "admin@jmt.example");

        again.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the account's limit is reached, whatever the spelling of its name");
        again.Headers.Contains("Retry-After").Should().BeTrue();
        owner.StatusCode.Should().Be(HttpStatusCode.Redirect, "a client that has not failed for the account is neither throttled nor locked out");
    }

    [Fact]
    public async Task Failing_on_purpose_locks_the_attacker_out_but_not_the_owner()
    {
        await BackOffice.CreateUserAsync(Factory, "admin@jmt.example", PortalRoles.Administrator);
        var attacker = BackOffice.NewClient(Factory);
        await FailUntilLockedAsync(attacker, "admin@jmt.example");

        var attackerWithThePassword = await BackOffice.SignInAsync(attacker, "admin@jmt.example");
        var owner = await BackOffice.SignInAsync(BackOffice.NewClient(Factory), "admin@jmt.example");
        var attackerLater = await BackOffice.SignInAsync(attacker, "admin@jmt.example");

        attackerWithThePassword.StatusCode.Should().Be(HttpStatusCode.OK, "the client that failed five times is locked out, even with the right password");
        owner.StatusCode.Should().Be(HttpStatusCode.Redirect);
        attackerLater.StatusCode.Should().Be(HttpStatusCode.OK, "the owner's sign-in does not lift the lockout for the client that caused it");
        var audit = await AuditAsync();
        audit.Where(e => e.Action != AuditAction.SignInFailed).Select(e => (e.Action, e.UserEmail))
            .Should().Equal((AuditAction.LockedOut, "admin@jmt.example"), (AuditAction.SignInSucceeded, "admin@jmt.example"));
        audit.Single(e => e.Action == AuditAction.LockedOut).IpAddress.Should().Be(attacker.DefaultRequestHeaders.GetValues(TestClientAddress.Header).Single());
    }

    [Fact]
    public async Task An_administrator_unlocks_a_locked_account_and_the_audit_log_names_them()
    {
        await BackOffice.CreateUserAsync(Factory, "admin@jmt.example", PortalRoles.Administrator);
        var editor = await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        var clumsy = BackOffice.NewClient(Factory);
        await FailUntilLockedAsync(clumsy, "editor@jmt.example");

        (await BackOffice.SignInAsync(clumsy, "editor@jmt.example")).StatusCode.Should().Be(HttpStatusCode.OK, "locked");
        var admin = await BackOffice.SignedInClientAsync(Factory, "admin@jmt.example");
        var edit = $"/admin/users/edit?id={editor.Id}";
        (await admin.GetStringAsync(edit)).Should().Contain("Unlock account");

        var unlocked = await BackOffice.PostFormAsync(admin, edit, edit + "&handler=Unlock", []);

        unlocked.StatusCode.Should().Be(HttpStatusCode.OK);
        (await BackOffice.SignInAsync(clumsy, "editor@jmt.example")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AuditAsync()).Should().ContainSingle(e => e.Action == AuditAction.AccountUnlocked)
            .Which.Should().Match<AuditEntry>(e => e.UserEmail == "admin@jmt.example" && e.RecordKey == "editor@jmt.example" && e.IpAddress != null);
    }

    [Fact]
    public async Task Known_and_unknown_names_get_the_same_answers_even_once_the_known_one_is_locked()
    {
        await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        var known = BackOffice.NewClient(Factory);
        var unknown = BackOffice.NewClient(Factory);

        for (var attempt = 0; attempt < 7; attempt++)
        {
            var password = attempt == 6 ? BackOffice.Password : WrongPassword;
            var forKnown = await BackOffice.SignInAsync(known, "editor@jmt.example", password);
            var forUnknown = await BackOffice.SignInAsync(unknown, "nobody@jmt.example", password);

            forUnknown.StatusCode.Should().Be(forKnown.StatusCode, "attempt {0}", attempt + 1);
            (await MessageAsync(forUnknown)).Should().Be(await MessageAsync(forKnown), "attempt {0}", attempt + 1);
        }

        (await AuditAsync()).Should().Contain(e => e.Action == AuditAction.LockedOut, "the known account was locked all the same");
    }

    [Fact]
    public async Task The_password_hash_is_checked_for_unknown_and_locked_accounts_as_for_any_other()
    {
        await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        var client = BackOffice.NewClient(Factory);
        await FailUntilLockedAsync(client, "editor@jmt.example");

        var before = _hashChecks.Count;
        await BackOffice.SignInAsync(client, "editor@jmt.example", WrongPassword);
        await BackOffice.SignInAsync(client, "nobody@jmt.example", WrongPassword);

        _hashChecks.Count.Should().Be(before + 2);
    }

    /// <summary>The portal's password hasher, counting how often a password is checked against a hash.</summary>
    private sealed class CountingPasswordHasher(CountingPasswordHasher.Calls calls, IOptions<PasswordHasherOptions> options) : IPasswordHasher<PortalUser>
    {
        private readonly PasswordHasher<PortalUser> _inner = new(options);

        public string HashPassword(PortalUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref calls.Count);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }

        public sealed class Calls
        {
            public int Count;
        }
    }
}
