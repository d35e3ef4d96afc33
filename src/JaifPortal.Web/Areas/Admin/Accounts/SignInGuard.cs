using System.Net;
using System.Security.Cryptography;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Admin.Accounts;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Wrong password, unknown account, or locked: one answer for all, so none tells whether the account exists.</summary>
    Refused,

    /// <summary>Too many attempts from the client's address or for the account name; try again after <see cref="SignInResult.RetryAfter"/>.</summary>
    Throttled,
}

public sealed record SignInResult(SignInOutcome Outcome, TimeSpan RetryAfter = default);

/// <summary>
/// Signs in with an e-mail address and password. Every attempt costs the same work (a password hash is
/// checked for unknown accounts too), and the lockout after repeated failures binds only the clients
/// that failed: a client that has not failed for the account lately gets in with the right password
/// even while the account is locked, so nobody can keep its owner out by failing on purpose (ADR 18).
/// </summary>
public sealed partial class SignInGuard(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IPasswordHasher<PortalUser> hasher,
    SignInThrottle throttle,
    AuditLog audit,
    PortalDbContext db,
    TimeProvider clock,
    IOptions<IdentityOptions> identity,
    ILogger<SignInGuard> logger)
{
    /// <summary>A hash of a password nobody knows, checked for unknown accounts so they take as long as real ones.</summary>
    private static string? _decoyHash;

    public async Task<SignInResult> SignInAsync(string email, string password, IPAddress? client, CancellationToken cancellationToken)
    {
        var address = client?.ToString();
        var account = users.NormalizeEmail(email);
        if (throttle.CountFromAddress(address ?? "unknown") is { } addressWait)
        {
            LogThrottled("address", address ?? "unknown");
            return new SignInResult(SignInOutcome.Throttled, addressWait);
        }

        var failedLately = await FailedLatelyAsync(email, address, cancellationToken);

        // The account's own limit stops guesses spread over many addresses, but never a client that has not failed for it.
        if (throttle.CountForAccount(account) is { } accountWait && failedLately)
        {
            LogThrottled("account", address ?? "unknown");
            return new SignInResult(SignInOutcome.Throttled, accountWait);
        }

        var user = await users.FindByEmailAsync(email);
        var passwordMatches = user is null
            ? Decoy(password)
            : await users.CheckPasswordAsync(user, password);
        var locked = user is not null && await users.IsLockedOutAsync(user);

        if (user is not null && passwordMatches && (!locked || !failedLately) && await signIn.CanSignInAsync(user))
        {
            await users.ResetAccessFailedCountAsync(user);
            await signIn.SignInAsync(user, isPersistent: false);
            await audit.RecordAsync(AuditAction.SignInSucceeded, user, details: locked ? "while locked, from a client without recent failures" : null);
            return new SignInResult(SignInOutcome.SignedIn);
        }

        if (user is null)
        {
            await audit.RecordAsync(AuditAction.SignInFailed, null, email, details: "unknown account");
        }
        else if (locked)
        {
            await audit.RecordAsync(AuditAction.SignInFailed, user, details: "locked");
        }
        else if (!passwordMatches)
        {
            await users.AccessFailedAsync(user);
            var nowLocked = await users.IsLockedOutAsync(user);
            await audit.RecordAsync(nowLocked ? AuditAction.LockedOut : AuditAction.SignInFailed, user, details: nowLocked ? null : "wrong password");
        }
        else
        {
            await audit.RecordAsync(AuditAction.SignInFailed, user, details: "not allowed");
        }

        return new SignInResult(SignInOutcome.Refused);
    }

    /// <summary>Whether this client address failed to sign in to this account name within the lockout period.</summary>
    private Task<bool> FailedLatelyAsync(string email, string? address, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - identity.Value.Lockout.DefaultLockoutTimeSpan;
        var sameName = LikePattern.Exactly(email);
        return db.AuditEntries.AnyAsync(
            e => (e.Action == AuditAction.SignInFailed || e.Action == AuditAction.LockedOut)
                && e.IpAddress == address && e.At > since && EF.Functions.ILike(e.UserEmail!, sameName),
            cancellationToken);
    }

    private bool Decoy(string password)
    {
        var nobody = new PortalUser { DisplayName = string.Empty };
        _decoyHash ??= hasher.HashPassword(nobody, RandomNumberGenerator.GetHexString(32));
        hasher.VerifyHashedPassword(nobody, _decoyHash, password);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused with 429: too many attempts per {Limit} from {ClientAddress}")]
    private partial void LogThrottled(string limit, string clientAddress);
}
