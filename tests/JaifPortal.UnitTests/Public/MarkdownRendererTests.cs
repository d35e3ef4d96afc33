using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.UnitTests.Public;

public class MarkdownRendererTests
{
    private static string Render(string markdown)
    {
        using var writer = new StringWriter();
        new MarkdownRenderer().Render(markdown).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void Renders_lists_and_emphasis()
    {
        var html = Render("- **JENESYS**\n- SSEAYP");

        html.Should().Contain("<li><strong>JENESYS</strong></li>").And.Contain("<li>SSEAYP</li>");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Text <iframe src=\"https://example.org\"></iframe>")]
    public void Shows_pasted_html_as_text_so_it_never_runs(string markdown)
    {
        var html = Render(markdown);

        html.Should().NotContainAny("<script", "<img", "<iframe");
        html.Should().Contain("&lt;");
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](//evil.example/path)")]
    public void Drops_link_targets_that_could_run_script_or_leave_unnoticed(string markdown)
    {
        var html = Render(markdown);

        html.Should().NotContainAny("javascript:", "data:", "//evil.example");
    }

    [Theory]
    [InlineData("[AOMI](https://aomi.env.go.jp/)", "href=\"https://aomi.env.go.jp/\"")]
    [InlineData("[JENESYS](/en/initiatives/jenesys)", "href=\"/en/initiatives/jenesys\"")]
    [InlineData("[JMT](mailto:info@example.org)", "href=\"mailto:info@example.org\"")]
    public void Keeps_web_mail_and_portal_links(string markdown, string expected)
    {
        Render(markdown).Should().Contain(expected);
    }

    [Fact]
    public void Gives_plain_text_without_markup_for_formats_that_carry_no_html()
    {
        var text = new MarkdownRenderer().ToPlainText("**Overview**\n\n- Youth & <b>culture</b>\n- See [AOMI](https://aomi.env.go.jp/)");

        text.Should().Be("Overview\nYouth & <b>culture</b>\nSee AOMI");
    }
}
