namespace JaifPortal.Web.Domain;

/// <summary>Something an administrator may need to account for later: sign-ins, role changes, publications, deletions.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Who did it, when known (a failed sign-in may name an account that does not exist).</summary>
    public string? UserId { get; set; }

    /// <summary>The e-mail address as given at the time, kept even if the account is later removed.</summary>
    public string? UserEmail { get; set; }

    public string? RecordType { get; set; }

    public string? RecordKey { get; set; }

    public string? Details { get; set; }

    public string? IpAddress { get; set; }
}

public enum AuditAction
{
    SignInSucceeded = 0,
    SignInFailed = 1,
    LockedOut = 2,
    SignedOut = 3,
    PasswordChanged = 4,
    PasswordReset = 5,
    UserCreated = 6,
    RolesChanged = 7,
    Published = 8,
    Restored = 9,
    Deleted = 10,
    Archived = 11,
    AccountLocked = 12,
    AccountUnlocked = 13,
    CrosswalkChanged = 14,
    AccessDenied = 15,
    PhotoAdded = 16,
    PhotoChanged = 17,
    PhotoRemoved = 18,
}
