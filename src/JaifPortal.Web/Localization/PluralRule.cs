using System.Globalization;
using System.Text.RegularExpressions;

namespace JaifPortal.Web.Localization;

/// <summary>
/// Which plural form of a text a number takes in a language, as a PO file's Plural-Forms header says
/// ("nplurals=2; plural=(n != 1);" for English, "nplurals=1; plural=0;" for Japanese). The expression is the
/// C subset gettext uses — n, whole numbers, parentheses, ! % * / + - &lt; &gt; &lt;= &gt;= == != &amp;&amp; || and ?: —
/// read once when the file is loaded.
/// </summary>
public sealed partial class PluralRule
{
    private readonly Func<long, long> _form;

    private PluralRule(int count, Func<long, long> form)
    {
        Count = count;
        _form = form;
    }

    /// <summary>A language without plural forms, such as Japanese.</summary>
    public static PluralRule OneForm { get; } = new(1, _ => 0);

    public int Count { get; }

    public int FormOf(long number) => (int)_form(number);

    public static PluralRule FromHeader(string header)
    {
        var match = PluralFormsHeader().Match(header);
        if (!match.Success)
        {
            return OneForm;
        }

        var count = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
        return new PluralRule(count, Parse(match.Groups["expression"].Value));
    }

    public static Func<long, long> Parse(string expression)
    {
        var parser = new Parser(expression);
        var form = parser.Conditional();
        parser.End();
        return form;
    }

    [GeneratedRegex(@"Plural-Forms:\s*nplurals\s*=\s*(?<count>\d+)\s*;\s*plural\s*=\s*(?<expression>[^;\n]+);?", RegexOptions.IgnoreCase)]
    private static partial Regex PluralFormsHeader();

    /// <summary>Recursive descent over the expression, lowest precedence first; each rule returns a function of n.</summary>
    private sealed class Parser(string text)
    {
        private int _at;

        public void End()
        {
            Skip();
            if (_at < text.Length)
            {
                throw Error("an operator or the end");
            }
        }

        public Func<long, long> Conditional()
        {
            var condition = Binary(0);
            if (!Take("?"))
            {
                return condition;
            }

            var then = Conditional();
            Expect(":");
            var otherwise = Conditional();
            return n => condition(n) != 0 ? then(n) : otherwise(n);
        }

        /// <summary>Operators by precedence, loosest first, as in C.</summary>
        private static readonly string[][] Levels = [["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"]];

        private Func<long, long> Binary(int level)
        {
            if (level == Levels.Length)
            {
                return Unary();
            }

            var left = Binary(level + 1);
            while (Levels[level].FirstOrDefault(Take) is { } op)
            {
                var (l, right) = (left, Binary(level + 1));
                left = op switch
                {
                    "||" => n => l(n) != 0 || right(n) != 0 ? 1 : 0,
                    "&&" => n => l(n) != 0 && right(n) != 0 ? 1 : 0,
                    "==" => n => l(n) == right(n) ? 1 : 0,
                    "!=" => n => l(n) != right(n) ? 1 : 0,
                    "<=" => n => l(n) <= right(n) ? 1 : 0,
                    ">=" => n => l(n) >= right(n) ? 1 : 0,
                    "<" => n => l(n) < right(n) ? 1 : 0,
                    ">" => n => l(n) > right(n) ? 1 : 0,
                    "+" => n => l(n) + right(n),
                    "-" => n => l(n) - right(n),
                    "*" => n => l(n) * right(n),
                    "/" => n => right(n) == 0 ? 0 : l(n) / right(n),
                    _ => n => right(n) == 0 ? 0 : l(n) % right(n),
                };
            }

            return left;
        }

        private Func<long, long> Unary()
        {
            if (Take("!"))
            {
                var operand = Unary();
                return n => operand(n) == 0 ? 1 : 0;
            }

            if (Take("("))
            {
                var inner = Conditional();
                Expect(")");
                return inner;
            }

            if (Take("n"))
            {
                return n => n;
            }

            Skip();
            var start = _at;
            while (_at < text.Length && char.IsAsciiDigit(text[_at]))
            {
                _at++;
            }

            if (start == _at)
            {
                throw Error("n, a number or (");
            }

            var value = long.Parse(text.AsSpan(start, _at - start), CultureInfo.InvariantCulture);
            return _ => value;
        }

        private bool Take(string token)
        {
            Skip();
            if (string.CompareOrdinal(text, _at, token, 0, token.Length) != 0)
            {
                return false;
            }

            // "<" must not take the first half of "<=", nor "!" of "!=".
            if (token is "<" or ">" or "!" && _at + 1 < text.Length && text[_at + 1] == '=')
            {
                return false;
            }

            _at += token.Length;
            return true;
        }

        private void Expect(string token)
        {
            if (!Take(token))
            {
                throw Error(token);
            }
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        private FormatException Error(string expected) =>
            new($"Plural-Forms expression \"{text}\": expected {expected} at position {_at}.");
    }
}
