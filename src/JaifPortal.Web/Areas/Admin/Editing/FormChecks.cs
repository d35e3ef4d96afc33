using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>The checks every record form shares; each puts its message next to its field, in the editor's language.</summary>
public sealed class FormChecks(ModelStateDictionary errors, AdminText messages)
{
    public void Text(string key, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.AddModelError(key, messages.Required);
            }
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.AddModelError(key, messages.TooLong(maxLength));
        }
    }

    /// <summary>Returns the slug to use: the one given (lower-cased), or one made from the English name.</summary>
    public async Task<string?> SlugAsync(string key, string? slug, string? englishName, Func<string, Task<bool>> isTaken)
    {
        var chosen = slug?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(chosen) && !string.IsNullOrWhiteSpace(englishName))
        {
            chosen = Slug.FromName(englishName);
        }

        if (string.IsNullOrEmpty(chosen))
        {
            errors.AddModelError(key, messages.SlugNeeded);
        }
        else if (!Slug.IsValid(chosen))
        {
            errors.AddModelError(key, messages.SlugInvalid);
        }
        else if (await isTaken(chosen))
        {
            errors.AddModelError(key, messages.SlugTaken);
        }

        return chosen;
    }

    /// <summary>
    /// Reads a date written as the source writes it (<see cref="PartialDate.TryParse"/>) and returns the text to keep:
    /// the compact notation when it reads, so a revision spells each date one way and differs only where the date
    /// does, or the text as typed, beside its message, when it does not.
    /// </summary>
    public string? Date(string key, string? value, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (PartialDate.TryParse(value, out date))
        {
            return date!.ToIsoNotation();
        }

        errors.AddModelError(key, messages.NotADate);
        return value;
    }

    public void OriginalLanguage(string key, string language)
    {
        if (!ContentLanguage.IsPublished(language))
        {
            errors.AddModelError(key, messages.Required);
        }
    }

    public void WebAddress(string key, string? url, bool required)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            if (required)
            {
                errors.AddModelError(key, messages.Required);
            }

            return;
        }

        if (url.Length > 2_000 || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            errors.AddModelError(key, messages.NotAWebAddress);
        }
    }

    public void Choice(string key, bool exists)
    {
        if (!exists)
        {
            errors.AddModelError(key, messages.UnknownChoice);
        }
    }
}

/// <summary>Writes one language's text onto a record's translations, keeping what "stale" needs to know.</summary>
public static class TranslationWriter
{
    /// <summary>
    /// Adds, updates or (when the editor emptied it) removes the translation of <paramref name="language"/>.
    /// Its TextUpdatedAt moves only when the text changed, or when it is newly marked Ready after a check.
    /// </summary>
    public static void Write<TTranslation>(
        ICollection<TTranslation> translations,
        string language,
        LanguageText text,
        Func<TTranslation> create,
        Func<TTranslation, bool> writeTextAndTellIfChanged,
        DateTimeOffset now)
        where TTranslation : Translation
    {
        var existing = translations.FirstOrDefault(t => t.Language == language);
        if (text.IsEmpty)
        {
            if (existing is not null)
            {
                translations.Remove(existing);
            }

            return;
        }

        if (existing is null)
        {
            existing = create();
            existing.TextUpdatedAt = now;
            translations.Add(existing);
        }

        var changed = writeTextAndTellIfChanged(existing);
        existing.IsPublished = text.Publish;
        if (changed || (text.State == TranslationState.Ready && existing.State != TranslationState.Ready))
        {
            existing.TextUpdatedAt = now;
        }

        existing.State = text.State;
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What every language column of a record form has besides its own fields.</summary>
public abstract class LanguageText
{
    public TranslationState State { get; set; } = TranslationState.Draft;

    /// <summary>Whether this language goes to the public when the record is published.</summary>
    public bool Publish { get; set; } = true;

    /// <summary>
    /// Derived from the text. The record editors' forms mark their override [JsonIgnore] (an attribute here would not be
    /// inherited), so revisions do not store it and a merge never asks about it.
    /// </summary>
    public abstract bool IsEmpty { get; }
}
