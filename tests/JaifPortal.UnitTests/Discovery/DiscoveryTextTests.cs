using JaifPortal.Web.Areas.Discovery;
using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Discovery;

public class DiscoveryTextTests
{
    [Fact]
    public void Every_japanese_label_is_japanese_not_a_copy_of_the_english_one()
    {
        var copied = typeof(DiscoveryText).GetProperties()
            .Where(property => property.PropertyType == typeof(string))
            .Where(property => Equals(property.GetValue(DiscoveryText.For(ContentLanguage.English)), property.GetValue(DiscoveryText.For(ContentLanguage.Japanese))))
            .Select(property => property.Name);

        copied.Should().BeEmpty();
    }

    [Theory]
    [InlineData(new[] { "Initiatives" }, "Narrows initiatives.", "対象：Initiatives")]
    [InlineData(new[] { "Initiatives", "Events" }, "Narrows initiatives and events.", "対象：Initiatives・Events")]
    [InlineData(new[] { "Initiatives", "Events", "Cooperation areas" }, "Narrows initiatives, events and cooperation areas.", "対象：Initiatives・Events・Cooperation areas")]
    public void What_a_facet_narrows_is_listed_as_each_language_lists_things(string[] kinds, string english, string japanese)
    {
        DiscoveryText.For(ContentLanguage.English).Narrows(kinds).Should().Be(english);
        DiscoveryText.For(ContentLanguage.Japanese).Narrows(kinds).Should().Be(japanese);
    }
}
