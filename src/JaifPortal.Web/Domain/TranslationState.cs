namespace JaifPortal.Web.Domain;

/// <summary>How far one language's text of a record has come. A language with no text at all has no translation row.</summary>
public enum TranslationState
{
    Draft = 0,
    NeedsReview = 1,
    Ready = 2,
}
