using JaifPortal.Web.Areas.Admin.Editing;

namespace JaifPortal.UnitTests.Admin;

public sealed class WordDiffTests
{
    private static string[] Marked(IReadOnlyList<DiffLine> lines) =>
        [.. lines.SelectMany(line => line.Parts).Where(part => part.Changed).Select(part => part.Text)];

    private static string[] Text(IReadOnlyList<DiffLine> lines) =>
        [.. lines.Select(line => string.Concat(line.Parts.Select(part => part.Text)))];

    [Fact]
    public void Whole_words_are_marked_and_each_side_keeps_its_lines()
    {
        var diff = WordDiff.Of("Surveys in three countries.\nTraining for divers.", "Surveys in four countries.\nTraining for divers.\nA third line.");

        Marked(diff.Before).Should().Equal("three");
        Marked(diff.After).Should().StartWith("four").And.Contain(part => part.Contains("A third line", StringComparison.Ordinal));
        Text(diff.After).Should().Equal("Surveys in four countries.", "Training for divers.", "A third line.");
    }

    [Fact]
    public void Japanese_is_compared_character_by_character()
    {
        var diff = WordDiff.Of("サンゴ礁を共同で監視する。", "サンゴ礁を三か国で監視する。");

        Marked(diff.Before).Should().Equal("共同");
        Marked(diff.After).Should().Equal("三か国");
    }
}
