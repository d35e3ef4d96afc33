using JaifPortal.Web.Areas.Admin;
using JaifPortal.Web.Areas.Admin.Editing;

namespace JaifPortal.UnitTests.Admin;

/// <summary>How the error summary names a field, from the name the form posts it under.</summary>
public class FieldErrorsTests
{
    [Theory]
    [InlineData("en", "Form.Slug", "Address (slug)")]
    [InlineData("en", "Form.Texts[en].Name", "Name (English)")]
    [InlineData("en", "Form.Figures[2].Label[en]", "Key figures, row 3, What it counts (English)")]
    [InlineData("en", "Form.Milestones[0].Date", "Milestones, row 1, Date")]
    [InlineData("ja", "Form.Texts[ja].Summary", "日本語の概要")]
    [InlineData("ja", "Form.Figures[0].Value", "主な数値（1行目）の数値")]
    public void A_field_is_named_by_its_label_its_language_and_its_row(string language, string key, string label) =>
        FieldErrors.Label(key, AdminText.For(language)).Should().Be(label);

    [Fact]
    public void A_field_without_a_label_of_its_own_has_none() =>
        FieldErrors.Label("publishAt", AdminText.For("en")).Should().BeNull();
}
