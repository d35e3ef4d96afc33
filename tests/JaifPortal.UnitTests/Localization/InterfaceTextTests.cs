using System.Reflection;
using JaifPortal.Web.Areas.Admin;
using JaifPortal.Web.Areas.Discovery.Iati;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.UnitTests.Localization;

/// <summary>The PO files against the text classes that read them: nothing missing, nothing stray, every placeholder filled.</summary>
public class InterfaceTextTests
{
    private static readonly Type[] TextClasses = [.. typeof(PortalText).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(PortalText)))];

    public static TheoryData<string> Languages => [.. PortalLanguages.Codes];

    [Fact]
    public void There_are_the_thirteen_text_classes_of_the_portals_rooms_and_formats()
    {
        TextClasses.Should().HaveCount(13);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_has_every_key_of_the_default_language_and_no_other(string language)
    {
        var catalog = PortalLanguages.CatalogOf(language);
        var defaults = PortalLanguages.CatalogOf(PortalLanguages.Default);

        defaults.Keys.Except(catalog.Keys).Select(Readable).Should().BeEmpty("a language shows the default language's text where its own is missing");
        catalog.Keys.Except(defaults.Keys).Select(Readable).Should().BeEmpty("a key no text class reads is a stray");
        catalog.Keys.Where(key => defaults.FormCount(key) > 1 && catalog.FormCount(key) != catalog.Plurals.Count)
            .Select(Readable).Should().BeEmpty("a plural has as many forms as the language's Plural-Forms header says");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_member_of_a_text_class_reads_an_entry_of_the_language_and_fills_all_its_placeholders(string language)
    {
        var catalog = PortalLanguages.CatalogOf(language);
        var missing = new List<string>();
        var broken = new List<string>();
        foreach (var type in TextClasses)
        {
            var text = type.GetMethod("For", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [language])!;
            foreach (var member in MembersReadingTheirOwnEntry(type))
            {
                if (catalog.Find(TranslationCatalog.Key(type.Name, member.Name)) is null)
                {
                    missing.Add($"{type.Name}/{member.Name}");
                    continue;
                }

                try
                {
                    var value = (string)(member is PropertyInfo property
                        ? property.GetValue(text)!
                        : ((MethodInfo)member).Invoke(text, [.. ((MethodInfo)member).GetParameters().Select(parameter => Sample(parameter.ParameterType))])!);
                    if (value.Contains('{', StringComparison.Ordinal) || value.Length == 0)
                    {
                        broken.Add($"{type.Name}/{member.Name}: {value}");
                    }
                }
                catch (TargetInvocationException failure)
                {
                    broken.Add($"{type.Name}/{member.Name}: {failure.InnerException!.Message}");
                }
            }
        }

        missing.Should().BeEmpty();
        broken.Should().BeEmpty();
    }

    [Fact]
    public void Every_key_without_a_dot_is_a_member_of_its_text_class()
    {
        var members = TextClasses.SelectMany(type => MembersReadingTheirOwnEntry(type).Select(member => TranslationCatalog.Key(type.Name, member.Name))).ToHashSet();
        var defaults = PortalLanguages.CatalogOf(PortalLanguages.Default);

        defaults.Keys.Where(key => !key.StartsWith("List\u0004", StringComparison.Ordinal) && !key.Contains('.', StringComparison.Ordinal))
            .Where(key => !members.Contains(key))
            .Select(Readable).Should().BeEmpty();
    }

    [Theory]
    [InlineData(ContentLanguage.English, 1, "1 initiative", "1 result for “rice”")]
    [InlineData(ContentLanguage.English, 2800, "2,800 initiatives", "2,800 results for “rice”")]
    [InlineData(ContentLanguage.Japanese, 1, "取組1件", "「rice」の検索結果：1件")]
    [InlineData(ContentLanguage.Japanese, 2800, "取組2,800件", "「rice」の検索結果：2,800件")]
    public void Counts_take_the_languages_plural_form_and_its_number_format(string language, int count, string initiatives, string results)
    {
        var ui = UiText.For(language);

        ui.InitiativeCount(count).Should().Be(initiatives);
        ui.SearchResultCount("rice", count).Should().Be(results);
    }

    [Fact]
    public void Placeholders_take_their_arguments_in_the_order_of_each_language()
    {
        var when = new DateTimeOffset(2024, 8, 27, 9, 30, 0, TimeSpan.Zero);

        AdminText.For(ContentLanguage.English).MergedBy(null, when, EditorTimeZones.Default)
            .Should().Be("someone saved it at 16:30 on 27 August 2024 (Jakarta time) while you were editing.");
        AdminText.For(ContentLanguage.Japanese).MergedBy("佐藤", when, EditorTimeZones.Find("Asia/Tokyo"))
            .Should().Be("あなたの編集中に、佐藤さんが2024年8月27日 18:30（日本時間）に保存しました。");
        AdminText.For(ContentLanguage.Japanese).TimeZoneChoice(EditorTimeZones.Find("Asia/Yangon")).Should().Be("ヤンゴン時間（UTC+6:30）");
        AdminText.For(ContentLanguage.English).TimeZoneChoice(EditorTimeZones.Find("Etc/UTC")).Should().Be("UTC");
        UiText.For(ContentLanguage.Japanese).PageOf(2, 5).Should().Be("5ページ中2ページ目");
    }

    [Fact]
    public void A_language_not_configured_reads_as_the_default_language()
    {
        UiText.For("xx").Language.Should().Be(PortalLanguages.Default);
        UiText.For("xx").SiteName.Should().Be(UiText.For(PortalLanguages.Default).SiteName);
    }

    /// <summary>
    /// The public members whose entry is named after them (others, such as Name(Enum), read entries named by their
    /// argument (as do TimeZoneName and RecordKind), and BeforeParenthesis and WithNote follow from the bracket entries).
    /// </summary>
    private static IEnumerable<MemberInfo> MembersReadingTheirOwnEntry(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(member => member is PropertyInfo { PropertyType: var returns } && returns == typeof(string)
                || member is MethodInfo { ReturnType: var result, IsSpecialName: false } method && result == typeof(string)
                    && method.GetParameters().All(parameter => IsPlaceholderValue(parameter.ParameterType)))
            .Where(member => member.Name is not (nameof(UiText.LanguageName) or nameof(UiText.NameOfLanguage) or nameof(IatiText.Explain) or nameof(UiText.BeforeParenthesis) or nameof(UiText.WithNote) or nameof(AdminText.TimeZoneName) or nameof(AdminText.FormFieldOrNull) or nameof(AdminText.RecordKind)));

    /// <summary>A value an entry's placeholder takes; a member taking anything else (an enum, a filter problem) picks among other entries.</summary>
    private static bool IsPlaceholderValue(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(EditorTimeZone)
        || type.IsAssignableTo(typeof(IEnumerable<string>));

    private static object? Sample(Type type) =>
        type == typeof(int) || type == typeof(long) ? 2
        : type == typeof(string) ? "x"
        : type == typeof(DateTimeOffset) ? DateTimeOffset.UnixEpoch
        : type == typeof(EditorTimeZone) ? EditorTimeZones.Default
        : type.IsAssignableTo(typeof(IEnumerable<string>)) ? new[] { "a", "b" }
        : throw new NotSupportedException($"No sample for {type}.");

    private static string Readable(string key) => key.Replace('\u0004', '/');
}
