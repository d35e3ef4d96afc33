using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace JaifPortal.Web.Startup;

/// <summary>
/// Writes line breaks and other control characters in every logged value as escapes (\r, \n, \u0085…),
/// so nothing a visitor sends (a path with %0D%0A, a user agent, an e-mail address) can start a line
/// that looks like a log entry of its own, in any sink.
/// </summary>
public sealed class OneLineValues : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (Escape(value) is { } escaped)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, escaped));
            }
        }
    }

    /// <returns>The value with escaped text, or null when nothing in it needed escaping.</returns>
    private static LogEventPropertyValue? Escape(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text } when text.Any(NeedsEscape):
                return new ScalarValue(EscapeText(text));
            case SequenceValue sequence when sequence.Elements.Select(Escape).ToList() is var elements && elements.Any(e => e is not null):
                return new SequenceValue(sequence.Elements.Zip(elements, (original, escaped) => escaped ?? original));
            case StructureValue structure when structure.Properties.Select(p => Escape(p.Value)).ToList() is var values && values.Any(v => v is not null):
                return new StructureValue(
                    structure.Properties.Zip(values, (original, escaped) => escaped is null ? original : new LogEventProperty(original.Name, escaped)),
                    structure.TypeTag);
            case DictionaryValue dictionary when dictionary.Elements.Any(pair => Escape(pair.Key) is not null || Escape(pair.Value) is not null):
                return new DictionaryValue(dictionary.Elements.Select(pair => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                    (ScalarValue?)Escape(pair.Key) ?? pair.Key, Escape(pair.Value) ?? pair.Value)));
            default:
                return null;
        }
    }

    private static bool NeedsEscape(char character) =>
        (char.IsControl(character) && character != '\t') || character is '\u2028' or '\u2029';

    public static string EscapeText(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            escaped.Append(character switch
            {
                '\r' => @"\r",
                '\n' => @"\n",
                _ when NeedsEscape(character) => @"\u" + ((int)character).ToString("x4", CultureInfo.InvariantCulture),
                _ => character.ToString(),
            });
        }

        return escaped.ToString();
    }
}

/// <summary>
/// The Development console: one readable line per event. An exception's message and stack trace follow
/// on lines indented under it, so even a message quoting a visitor's input cannot pass for an entry.
/// </summary>
public sealed class ReadableLogLines : ITextFormatter
{
    private readonly MessageTemplateTextFormatter _line =
        new("[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}");

    public void Format(LogEvent logEvent, TextWriter output)
    {
        _line.Format(logEvent, output);
        if (logEvent.Exception is { } exception)
        {
            foreach (var line in exception.ToString().Split('\n'))
            {
                output.Write("    ");
                output.WriteLine(OneLineValues.EscapeText(line.TrimEnd('\r')));
            }
        }
    }
}
