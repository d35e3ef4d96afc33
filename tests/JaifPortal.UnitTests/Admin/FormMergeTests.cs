using JaifPortal.Web.Areas.Admin;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Areas.Admin.Pages.Events;
using JaifPortal.Web.Areas.Admin.Pages.Initiatives;
using JaifPortal.Web.Areas.Admin.Pages.Organisations;
using JaifPortal.Web.Areas.Admin.Pages.People;
using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Admin;

public sealed class FormMergeTests
{
    private const string Opened = """{"slug":"reef","areaSlugs":["a","b"],"texts":{"en":{"name":"Reef","summary":"Old"},"ja":{"name":"礁","summary":""}},"milestones":[{"date":"2024"}]}""";

    [Fact]
    public void A_field_only_one_side_changed_takes_that_change_and_only_fields_both_changed_differently_are_choices()
    {
        var mine = Opened.Replace("\"Old\"", "\"Mine\"", StringComparison.Ordinal).Replace("\"summary\":\"\"", "\"summary\":\"私の\"", StringComparison.Ordinal);
        var theirs = Opened.Replace("\"Reef\"", "\"Coral reef\"", StringComparison.Ordinal).Replace("\"Old\"", "\"Theirs\"", StringComparison.Ordinal);

        var merge = FormMerge.Merge(Opened, mine, theirs);

        merge.TheirChangesKept.Should().Equal("texts.en.name");
        merge.Conflicts.Should().ContainSingle().Which.Should().Be(new MergeConflict("texts.en.summary", "\"Mine\"", "\"Theirs\""));
        merge.Merged.Should().Contain("\"Coral reef\"").And.Contain("\"Theirs\"", "theirs stays until the editor chooses").And.Contain("\"私の\"");
    }

    [Fact]
    public void Choosing_the_same_areas_in_another_order_is_no_change_and_a_list_is_one_field()
    {
        var mine = Opened.Replace("[\"a\",\"b\"]", "[\"b\",\"a\"]", StringComparison.Ordinal).Replace("\"2024\"", "\"2025\"", StringComparison.Ordinal);
        var theirs = Opened.Replace("[\"a\",\"b\"]", "[\"a\",\"b\",\"c\"]", StringComparison.Ordinal).Replace("\"2024\"", "\"FY2024\"", StringComparison.Ordinal);

        var merge = FormMerge.Merge(Opened, mine, theirs);

        merge.TheirChangesKept.Should().Equal("areaSlugs");
        merge.Conflicts.Select(c => c.Field).Should().Equal("milestones");
    }

    [Fact]
    public void Without_the_opened_version_every_difference_is_a_choice_and_theirs_stays()
    {
        var merge = FormMerge.Merge(null, Opened.Replace("\"Old\"", "\"Mine\"", StringComparison.Ordinal), Opened.Replace("\"Reef\"", "\"Coral reef\"", StringComparison.Ordinal));

        merge.Conflicts.Select(c => c.Field).Should().Equal("texts.en.name", "texts.en.summary");
        merge.Merged.Should().Contain("\"Coral reef\"").And.Contain("\"Old\"");
    }

    [Fact]
    public void A_chosen_value_replaces_only_a_field_the_form_has()
    {
        var chosen = FormMerge.With(Opened, [("texts.en.summary", "\"Mine\""), ("pendingChanges", "\"x\""), ("texts.en", "{}")]);

        chosen.Should().Be(Opened.Replace("\"Old\"", "\"Mine\"", StringComparison.Ordinal));
    }

    public static TheoryData<string> Languages => [.. ContentLanguage.Published];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_field_of_every_editors_form_has_a_label(string language)
    {
        var text = AdminText.For(language);
        string[] forms =
        [
            EditorJson.Serialize(new InitiativeForm()), EditorJson.Serialize(new EventForm()),
            EditorJson.Serialize(new OrganisationForm()), EditorJson.Serialize(new PersonForm()),
        ];

        var fields = forms.SelectMany(form => FormMerge.Merge(null, "{}", EveryFieldFilled(form)).Conflicts).Select(c => c.Field).ToList();

        fields.Should().Contain(["slug", "texts.en.summary", "milestones", "participants", "website", "texts.ja.title"]);
        fields.Select(field => FieldLabels.Of(field, text)).Should().OnlyContain(label => label.Length > 0 && !label.Contains('.', StringComparison.Ordinal));
        FieldLabels.Of("texts.en.summary", AdminText.For("en")).Should().Be("Summary (English)");
        FieldLabels.Of("texts.en.summary", AdminText.For("ja")).Should().Be("英語の概要");
    }

    /// <summary>A form's JSON with a value in every empty field, so the merge sees each one.</summary>
    private static string EveryFieldFilled(string json)
    {
        static void Fill(System.Text.Json.Nodes.JsonObject node)
        {
            foreach (var name in node.Select(pair => pair.Key).ToList())
            {
                switch (node[name])
                {
                    case System.Text.Json.Nodes.JsonObject inner:
                        Fill(inner);
                        break;
                    case null or System.Text.Json.Nodes.JsonArray { Count: 0 }:
                        node[name] = "x";
                        break;
                }
            }
        }

        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        Fill(document);
        return document.ToJsonString();
    }
}
