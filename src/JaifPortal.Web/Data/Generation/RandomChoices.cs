namespace JaifPortal.Web.Data.Generation;

/// <summary>The generator's seeded dice: the same seed always gives the same sequence of choices.</summary>
internal sealed class RandomChoices(int seed)
{
    private readonly Random _random = new(seed);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public double Fraction() => _random.NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A positive weight whose spread grows with <paramref name="spread"/>: a few large, many small (log-normal).</summary>
    public double SkewedWeight(double spread)
    {
        // Box–Muller: a standard normal draw from two uniform ones.
        var normal = Math.Sqrt(-2.0 * Math.Log(1.0 - _random.NextDouble())) * Math.Cos(2.0 * Math.PI * _random.NextDouble());
        return Math.Exp(spread * normal);
    }

    public WeightedChoice<T> Weighted<T>(IEnumerable<(T Item, double Weight)> items) => new(this, [.. items]);
}

/// <summary>Items drawn in proportion to their weights, by binary search over the running totals.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly RandomChoices _choices;
    private readonly T[] _items;
    private readonly double[] _runningTotals;

    public WeightedChoice(RandomChoices choices, IReadOnlyList<(T Item, double Weight)> items)
    {
        if (items.Count == 0)
        {
            throw new ArgumentException("Nothing to choose from.", nameof(items));
        }

        _choices = choices;
        _items = [.. items.Select(item => item.Item)];
        _runningTotals = new double[items.Count];
        var total = 0.0;
        for (var index = 0; index < items.Count; index++)
        {
            total += items[index].Weight;
            _runningTotals[index] = total;
        }
    }

    public IReadOnlyList<T> Items => _items;

    public T Pick()
    {
        var target = _choices.Fraction() * _runningTotals[^1];
        var index = Array.BinarySearch(_runningTotals, target);
        index = index < 0 ? ~index : index + 1;
        return _items[Math.Min(index, _items.Length - 1)];
    }

    /// <summary>Up to <paramref name="count"/> different items, each drawn by its weight.</summary>
    public List<T> PickDistinct(int count)
    {
        var picked = new List<T>(count);
        for (var attempt = 0; picked.Count < count && attempt < count * 10; attempt++)
        {
            var item = Pick();
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }

        return picked;
    }
}
