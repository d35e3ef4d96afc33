namespace JaifPortal.Web.Domain;

/// <summary>How sure the portal is that a translated name is the official one (see shared/seeds/official-english-names.md).</summary>
public enum NameConfidence
{
    /// <summary>Seen on an official or implementing-agency page.</summary>
    Confirmed = 0,

    /// <summary>Seen only in the press, or only part of the name confirmed.</summary>
    Likely = 1,

    /// <summary>No official source found; a careful rendering that needs review.</summary>
    Unconfirmed = 2,
}
