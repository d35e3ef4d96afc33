using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Discovery.Feeds;

/// <summary>One entry of a feed: a published record in the visitor's language.</summary>
public sealed record FeedEntry(string Path, string Title, string? Summary, string Language, DateTimeOffset Published, DateTimeOffset Updated);

public static class AtomFeed
{
    public const int MaxEntries = 50;

    /// <summary>An Atom 1.0 document whose ids and links are the entries' public addresses.</summary>
    public static FileContentResult Render(
        HttpRequest request, PortalOptions options, ContentLicenceOptions licence, string title, string home, string language, IReadOnlyList<FeedEntry> entries)
    {
        string Absolute(string path) => PageLinks.AbsoluteUrl(request, options, path);
        var self = Absolute(request.Path + request.QueryString);
        var feed = new SyndicationFeed(title, null, new Uri(Absolute(home)))
        {
            Id = self,
            Language = language,
            LastUpdatedTime = entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Updated),
            Items = entries.Select(entry =>
            {
                var item = new SyndicationItem(entry.Title, entry.Summary ?? string.Empty, new Uri(Absolute(entry.Path)), Absolute(entry.Path), entry.Updated)
                {
                    PublishDate = entry.Published,
                };
                item.Title.AttributeExtensions.Add(new XmlQualifiedName("lang", "http://www.w3.org/XML/1998/namespace"), entry.Language);
                return item;
            }),
        };
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", title, "application/atom+xml", 0));

        // RFC 4287 wants an author on every entry or on the feed: the portal speaks for all of them.
        feed.Authors.Add(new SyndicationPerson { Name = UiText.For(language).SiteName, Uri = Absolute("/" + language) });
        feed.Copyright = new TextSyndicationContent(
            UiText.For(language).WithNote(licence.StatementIn(language), licence.Name + (licence.Address is { } url ? " " + url.AbsoluteUri : string.Empty)));
        if (licence.Address is { } licenceUrl)
        {
            feed.Links.Add(new SyndicationLink(licenceUrl, "license", licence.Name, "text/html", 0));
        }

        // Written as UTF-8 bytes, so the XML declaration and the HTTP charset agree.
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return new FileContentResult(output.ToArray(), "application/atom+xml; charset=utf-8");
    }
}
