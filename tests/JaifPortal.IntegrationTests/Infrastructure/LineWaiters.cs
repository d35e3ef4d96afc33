namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Waits for a line of output (a log line, a line a process printed): the arriving line completes the wait, so
/// nothing polls. The owner keeps the lines and hands each one to <see cref="Arrived"/> after keeping it.
/// </summary>
public sealed class LineWaiters
{
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource Seen)> _waiting = [];

    public bool AnyWaiting
    {
        get
        {
            lock (_waiting)
            {
                return _waiting.Count > 0;
            }
        }
    }

    public void Arrived(string line)
    {
        lock (_waiting)
        {
            foreach (var waiter in _waiting.Where(waiter => waiter.Matches(line)).ToList())
            {
                waiter.Seen.TrySetResult();
                _waiting.Remove(waiter);
            }
        }
    }

    /// <summary>Completes when a line that <paramref name="matches"/> arrives, or at once if <paramref name="kept"/> already holds one.</summary>
    public async Task WaitAsync(Func<string, bool> matches, Func<IEnumerable<string>> kept, string what, int seconds = 20)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        (Func<string, bool> Matches, TaskCompletionSource Seen) waiter = (matches, seen);
        lock (_waiting)
        {
            _waiting.Add(waiter);
        }

        // Read after the waiter is listed, so a line that arrives in between is seen one way or the other.
        if (kept().Any(matches))
        {
            seen.TrySetResult();
        }

        try
        {
            await seen.Task.WaitAsync(TimeSpan.FromSeconds(seconds));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Not within {seconds} s: {what}");
        }
        finally
        {
            lock (_waiting)
            {
                _waiting.Remove(waiter);
            }
        }
    }
}
