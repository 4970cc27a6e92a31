namespace ZoneBot.Benchmarks.Data;

/// <summary>Picks an index with probability proportional to its weight (binary search over the running sums).</summary>
internal sealed class WeightedPicker(double[] weights, Random random)
{
    private readonly double[] _cumulative = Cumulative(weights);

    public int Next()
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }

    private static double[] Cumulative(double[] weights)
    {
        var sums = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }
}
