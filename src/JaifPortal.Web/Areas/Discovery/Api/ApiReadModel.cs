using System.Runtime.CompilerServices;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Discovery.Api;

/// <summary>
/// The API's detail records, each read in one statement that PostgreSQL assembles into one JSON document
/// (<see cref="JsonReadModel"/>) and read into the domain's classes: a detail with its milestones, photos and
/// participants would otherwise cost a round trip per collection (twenty for an initiative). Only published
/// records and published translations are read; linked records only when they are published too (reference
/// data, areas and countries, has no workflow). Photos an editor removed are left out.
/// </summary>
internal static class ApiReadModel
{
    public static Task<Initiative?> InitiativeAsync(PortalDbContext db, string slug, CancellationToken cancellationToken) =>
        JsonReadModel.LoadAsync<Initiative>(db, Detail("initiatives", "i", slug, $"""
                'slug', i.slug, 'acronym', i.acronym, 'kind', i.kind, 'status', i.status, 'original_language', i.original_language,
                'start_date', {Date("i.start_date")}, 'end_date', {Date("i.end_date")},
                'translations', {Texts("initiative_translation", "initiative_id", "i.id")},
                'parent_initiative', (
                    SELECT {Named("parent", "initiative")} FROM initiatives parent
                    WHERE parent.id = i.parent_initiative_id AND parent.publication = 'Published'),
                'areas', {Areas("initiative_area", "initiative_id", "i.id")},
                'countries', {List(
                    $"jsonb_build_object('country', {Country("c")})", "c.\"group\", c.iso_code",
                    "initiative_country link JOIN countries c ON c.id = link.country_id WHERE link.initiative_id = i.id")},
                'organisations', {Organisations("initiative_organisation", "initiative_id", "i.id")},
                'key_figures', {List(
                    $"""
                    jsonb_build_object('value', f.value, 'unit', f.unit, 'approximation', f.approximation, 'original_language', f.original_language,
                        'translations', {Texts("key_figure_translation", "key_figure_id", "f.id")})
                    """,
                    "f.sort_order, f.id",
                    "key_figures f WHERE f.initiative_id = i.id")},
                'milestones', {List(
                    $"""
                    jsonb_build_object(
                        'date', {Date("m.date")}, 'status', m.status, 'original_language', m.original_language,
                        'translations', {Texts("milestone_translation", "milestone_id", "m.id")},
                        'country', (SELECT {Country("c")} FROM countries c WHERE c.id = m.country_id),
                        'event', (SELECT {Event("e")} FROM events e WHERE e.id = m.event_id AND e.publication = 'Published'))
                    """,
                    "m.date, m.id",
                    "milestones m WHERE m.initiative_id = i.id")},
                'links', {List(
                    $"jsonb_build_object('url', l.url, 'original_language', l.original_language, 'translations', {Texts("external_link_translation", "external_link_id", "l.id")})",
                    "l.sort_order, l.id",
                    "external_links l WHERE l.initiative_id = i.id")},
                'images', {Images("image.initiative_id = i.id")}
            """), cancellationToken);

    public static Task<Event?> EventAsync(PortalDbContext db, string slug, CancellationToken cancellationToken) =>
        JsonReadModel.LoadAsync<Event>(db, Detail("events", "e", slug, $"""
                'slug', e.slug, 'original_language', e.original_language,
                'start_date', {Date("e.start_date")}, 'end_date', {Date("e.end_date")},
                'translations', {Texts("event_translation", "event_id", "e.id")},
                'country', (SELECT {Country("c")} FROM countries c WHERE c.id = e.country_id),
                'areas', {Areas("event_area", "event_id", "e.id")},
                'initiatives', {List(
                    $"jsonb_build_object('initiative', {Named("i", "initiative")})", "i.slug",
                    "event_initiative link JOIN initiatives i ON i.id = link.initiative_id AND i.publication = 'Published' WHERE link.event_id = e.id")},
                'organisations', {Organisations("event_organisation", "event_id", "e.id")},
                'participants', {List(
                    $"jsonb_build_object('person', {Named("person", "person")})", "link.sort_order, person.slug",
                    "event_participant link JOIN people person ON person.id = link.person_id AND person.publication = 'Published' WHERE link.event_id = e.id")},
                'images', {Images("image.event_id = e.id")}
            """), cancellationToken);

    public static Task<Organisation?> OrganisationAsync(PortalDbContext db, string slug, CancellationToken cancellationToken) =>
        JsonReadModel.LoadAsync<Organisation>(db, Detail("organisations", "o", slug, $"""
                'slug', o.slug, 'acronym', o.acronym, 'kind', o.kind, 'website_url', o.website_url, 'original_language', o.original_language,
                'translations', {Texts("organisation_translation", "organisation_id", "o.id")},
                'country', (SELECT {Country("c")} FROM countries c WHERE c.id = o.country_id),
                'parent_organisation', (
                    SELECT {Named("parent", "organisation")} FROM organisations parent
                    WHERE parent.id = o.parent_organisation_id AND parent.publication = 'Published'),
                'initiatives', {List(
                    $"jsonb_build_object('role', link.role, 'initiative', {Named("i", "initiative")})", "i.slug, link.role",
                    "initiative_organisation link JOIN initiatives i ON i.id = link.initiative_id AND i.publication = 'Published' WHERE link.organisation_id = o.id")}
            """), cancellationToken);

    public static Task<Person?> PersonAsync(PortalDbContext db, string slug, CancellationToken cancellationToken) =>
        JsonReadModel.LoadAsync<Person>(db, Detail("people", "person", slug, $"""
                'slug', person.slug, 'original_language', person.original_language,
                'translations', {Texts("person_translation", "person_id", "person.id")},
                'organisation', (SELECT {Named("o", "organisation")} FROM organisations o WHERE o.id = person.organisation_id AND o.publication = 'Published'),
                'events', {List(
                    $"jsonb_build_object('event', {Event("e")})", "e.start_date DESC, e.slug",
                    "event_participant link JOIN events e ON e.id = link.event_id AND e.publication = 'Published' WHERE link.person_id = person.id")}
            """), cancellationToken);

    /// <summary>
    /// The statement that builds the published record with this slug from <paramref name="fields"/> (jsonb_build_object's
    /// keys and values). The slug is its one parameter; every other part is written here, never taken from a request.
    /// </summary>
    private static FormattableString Detail(string table, string alias, string slug, string fields) => FormattableStringFactory.Create(
        $"SELECT jsonb_build_object({fields})::text FROM {table} {alias} WHERE {alias}.slug = {{0}} AND {alias}.publication = 'Published'", slug);

    /// <summary>A row's published translations as a JSON array, without the columns no answer reads (the search vector, and a time that may be -infinity).</summary>
    private static string Texts(string table, string key, string id) =>
        $"coalesce((SELECT jsonb_agg(to_jsonb(t) - '{{{{search_vector,text_updated_at}}}}'::text[]) FROM {table} t WHERE t.{key} = {id} AND t.is_published), '[]')";

    private static string Date(string column) =>
        $"CASE WHEN {column} IS NOT NULL THEN jsonb_build_object('start', {column}, 'precision', {column}_precision) END";

    /// <summary>The rows <paramref name="from"/> (a FROM clause with its joins and WHERE) names, each as <paramref name="element"/>, in order, as a JSON array.</summary>
    private static string List(string element, string order, string from) =>
        $"coalesce((SELECT jsonb_agg({element} ORDER BY {order}) FROM {from}), '[]')";

    /// <summary>A record by its slug and names: <paramref name="table"/> is the singular of its table, as its translation table is named ("initiative" for initiative_translation).</summary>
    private static string Named(string alias, string table) =>
        $"jsonb_build_object('slug', {alias}.slug, 'original_language', {alias}.original_language, 'translations', {Texts(table + "_translation", table + "_id", alias + ".id")})";

    private static string Country(string alias) =>
        $"jsonb_build_object('iso_code', {alias}.iso_code, 'slug', {alias}.slug, 'translations', {Texts("country_translation", "country_id", alias + ".id")})";

    private static string Event(string alias) =>
        $"jsonb_build_object('slug', {alias}.slug, 'start_date', {Date(alias + ".start_date")}, 'original_language', {alias}.original_language, 'translations', {Texts("event_translation", "event_id", alias + ".id")})";

    /// <summary>The cooperation areas a link table gives a record, in the plan's order.</summary>
    private static string Areas(string linkTable, string key, string id) => List(
        $"jsonb_build_object('cooperation_area', {Named("a", "cooperation_area")})",
        "p.number, a.sort_order",
        $"{linkTable} link JOIN cooperation_areas a ON a.id = link.cooperation_area_id JOIN pillars p ON p.id = a.pillar_id WHERE link.{key} = {id}");

    /// <summary>The published organisations a link table gives a record, each with its role, by role and slug.</summary>
    private static string Organisations(string linkTable, string key, string id) => List(
        $"jsonb_build_object('role', link.role, 'organisation', {Named("o", "organisation")})",
        "link.role, o.slug",
        $"{linkTable} link JOIN organisations o ON o.id = link.organisation_id AND o.publication = 'Published' WHERE link.{key} = {id}");

    /// <summary>The photos a record shows, in order: their texts, the country a caption names, and the file when one is published.</summary>
    private static string Images(string condition) => List(
        $"""
        jsonb_build_object(
            'original_language', image.original_language,
            'translations', {Texts("image_translation", "image_id", "image.id")},
            'country', (SELECT {Country("c")} FROM countries c WHERE c.id = image.country_id),
            'file', (SELECT jsonb_build_object('id', f.id, 'content_type', f.content_type, 'width', f.width, 'height', f.height) FROM image_files f WHERE f.id = image.file_id))
        """,
        "image.sort_order, image.id",
        $"images image WHERE {condition} AND image.removed_at IS NULL");
}
