using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Areas.Admin.Pages.Structure;

namespace JaifPortal.Web.Areas.Admin.Pages.Site;

/// <summary>A site page's title and Markdown body in one language.</summary>
public sealed class SitePageText : LanguageText
{
    public string? Title { get; set; }

    public string? Body { get; set; }

    public override bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Body);
}

/// <summary>A country's name in one language, and where its membership comes from when the sources do not say.</summary>
public sealed class CountryText : LanguageText
{
    public string? Name { get; set; }

    public string? MembershipSource { get; set; }

    public override bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(MembershipSource);
}

/// <summary>A country's form: its texts and its membership (the group, and the day it joined ASEAN as "2025-10-26").</summary>
public sealed class CountryForm : StructureForm<CountryText>
{
    public string? Group { get; set; }

    public string? MemberSince { get; set; }
}
