using System.Runtime.CompilerServices;
using JaifPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Public;

/// <summary>
/// The public pillar page's charts on a 375 px phone (issue 14): every word readable (at least 12 px as rendered),
/// one measure per chart, no chart drawn without bars, the figures' table folded under the chart rather than
/// beside it, and nothing axe-core objects to.
/// </summary>
public class PillarChartTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 800 };

    private Task InPage(Func<IPage, Task> test, [CallerMemberName] string name = "") =>
        portal.InPageAsync(name, test, Phone, bypassCsp: true);

    public static TheoryData<string> PillarPages => new()
    {
        "/en/pillars/partners-for-co-creation-of-economy-and-society-of-the-future",
        "/ja/pillars/partners-for-co-creation-of-economy-and-society-of-the-future",
        "/ja/pillars/partners-for-peace-and-stability",
    };

    [Theory]
    [MemberData(nameof(PillarPages))]
    public Task On_a_phone_every_word_of_the_charts_renders_at_12_pixels_or_more(string path) => InPage(async page =>
    {
        await page.GotoAsync(path);

        var texts = await page.EvaluateAsync<ChartText[]>(
            """
            () => [...document.querySelectorAll('.chart *')]
                .filter(e => !e.closest('.visually-hidden') && e.getClientRects().length > 0
                    && [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== ''))
                .map(e => ({ text: e.textContent.trim(), size: parseFloat(getComputedStyle(e).fontSize), height: e.getBoundingClientRect().height }))
            """);

        texts.Should().NotBeEmpty();
        texts.Where(t => t.Size < 12 || t.Height < 12).Should().BeEmpty("chart text is read on a 375 px phone without zooming");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(375);
    });

    [Theory]
    [MemberData(nameof(PillarPages))]
    public Task Each_chart_draws_bars_of_one_measure_with_its_table_folded_under_it(string path) => InPage(async page =>
    {
        await page.GotoAsync(path);

        var charts = page.Locator(".public-figures .chart");
        (await charts.CountAsync()).Should().BePositive();
        foreach (var chart in await charts.AllAsync())
        {
            (await chart.Locator("rect").CountAsync()).Should().BePositive("a chart is drawn only when it has something to show");
            (await chart.Locator(".chart__legend").CountAsync()).Should().Be(0, "one measure per chart needs no legend");
            (await chart.Locator(".chart__value").AllInnerTextsAsync()).Should().OnlyContain(value => value.All(char.IsAsciiDigit), "each bar is one count");
        }

        var tables = page.Locator(".public-figures table");
        (await tables.CountAsync()).Should().Be(await charts.CountAsync());
        foreach (var table in await tables.AllAsync())
        {
            (await table.IsVisibleAsync()).Should().BeFalse("the same figures are not shown twice");
        }

        await page.Locator(".public-figures summary").First.ClickAsync();
        (await tables.First.IsVisibleAsync()).Should().BeTrue("the table is one click away");
        (await Axe.SeriousViolationsAsync(page)).Should().BeEmpty();
    });

    /// <summary>One element's text as rendered (Playwright fills it by its property names).</summary>
    private sealed class ChartText
    {
        public string Text { get; set; } = string.Empty;

        public double Size { get; set; }

        public double Height { get; set; }
    }
}
