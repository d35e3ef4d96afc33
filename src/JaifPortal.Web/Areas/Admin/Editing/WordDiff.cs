using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// What changed within a field's text, word by word (DiffPlex), for the history to mark: each side's lines as they were
/// written, with the words only that side has marked. Japanese, written without spaces, is compared character by
/// character; other scripts by words, spaces and punctuation.
/// </summary>
public static partial class WordDiff
{
    private static readonly CustomFunctionChunker Words = new(text => [.. Token().Matches(text).Select(match => match.Value)]);

    public static TextDiff Of(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, Words);
        var deleted = new bool[diff.PiecesOld.Count];
        var inserted = new bool[diff.PiecesNew.Count];
        foreach (var block in diff.DiffBlocks)
        {
            Array.Fill(deleted, true, block.DeleteStartA, block.DeleteCountA);
            Array.Fill(inserted, true, block.InsertStartB, block.InsertCountB);
        }

        return new TextDiff(Lines(diff.PiecesOld, deleted), Lines(diff.PiecesNew, inserted));
    }

    /// <summary>One side's words split into its lines, neighbours of the same kind joined ("closely " marked once).</summary>
    private static List<DiffLine> Lines(IReadOnlyList<string> words, bool[] changed)
    {
        var lines = new List<DiffLine>();
        var parts = new List<DiffPart>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "\n")
            {
                lines.Add(new DiffLine(parts));
                parts = [];
            }
            else if (parts.Count > 0 && parts[^1].Changed == changed[i])
            {
                parts[^1] = parts[^1] with { Text = parts[^1].Text + words[i] };
            }
            else
            {
                parts.Add(new DiffPart(words[i], changed[i]));
            }
        }

        lines.Add(new DiffLine(parts));
        return lines;
    }

    // A line break, one CJK character, a word of any other script (with its apostrophes and hyphens), a run of other spaces, or any other character.
    [GeneratedRegex(@"\n|[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]|[\-\p{L}\p{N}\p{M}_'’-[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]]+|[^\S\n]+|.", RegexOptions.Singleline)]
    private static partial Regex Token();
}

/// <summary>Both sides of a field's text, line by line.</summary>
public sealed record TextDiff(IReadOnlyList<DiffLine> Before, IReadOnlyList<DiffLine> After);

/// <summary>One line of one side: its parts in order, each marked when only this side has it.</summary>
public sealed record DiffLine(IReadOnlyList<DiffPart> Parts);

public sealed record DiffPart(string Text, bool Changed);
