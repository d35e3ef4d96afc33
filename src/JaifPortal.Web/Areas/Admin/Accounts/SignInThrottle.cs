using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Admin.Accounts;

/// <summary>How many sign-in attempts a client address and an account name may make ("SignIn" in configuration).</summary>
public sealed class SignInLimits
{
    public const string Section = "SignIn";

    /// <summary>Attempts from one client address per <see cref="AddressWindow"/>; an office behind one address shares it.</summary>
    public int PerAddress { get; set; } = 10;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts for one account name per <see cref="AccountWindow"/>, known or not, from clients that failed for it lately.</summary>
    public int PerAccount { get; set; } = 10;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Counts sign-in attempts per client address and per account name with the rate limiters ASP.NET Core's
/// rate-limiting middleware is built on. The attempt is counted in the sign-in handler rather than by the
/// middleware because the account name is in the form body and whether a client may pass a full
/// account limit depends on the audit log (ADR 18). The counts live in each instance's memory.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly SignInLimits _limits;
    private readonly PartitionedRateLimiter<string> _byAddress;
    private readonly PartitionedRateLimiter<string> _byAccount;

    public SignInThrottle(IOptions<SignInLimits> options)
    {
        _limits = options.Value;
        _byAddress = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => Window(_limits.PerAddress, _limits.AddressWindow)));
        _byAccount = PartitionedRateLimiter.Create<string, string>(account =>
            RateLimitPartition.GetFixedWindowLimiter(account, _ => Window(_limits.PerAccount, _limits.AccountWindow)));
    }

    /// <returns>How long the client must wait when this attempt is one too many from its address; null when it may go on.</returns>
    public TimeSpan? CountFromAddress(string address) => Count(_byAddress, address, _limits.AddressWindow);

    /// <returns>How long to wait when this attempt is one too many for the account name; null when it may go on.</returns>
    public TimeSpan? CountForAccount(string normalizedAccount) => Count(_byAccount, normalizedAccount, _limits.AccountWindow);

    public void Dispose()
    {
        _byAddress.Dispose();
        _byAccount.Dispose();
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static TimeSpan? Count(PartitionedRateLimiter<string> limiter, string key, TimeSpan window)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
    }
}
