namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>Waits for something that happens in the background (a retry, a process starting, another instance taking over).</summary>
public static class Eventually
{
    public static Task HoldsAsync(Func<bool> condition, string what, int seconds = 20) =>
        HoldsAsync(() => Task.FromResult(condition()), what, seconds);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {seconds} s: {what}");
            }

            await Task.Delay(100);
        }
    }
}
