// Each test class starts its own portal and Chromium; run together on a 2-core machine they starved
// each other until a navigation waited past its timeout (a red CI run), so browser tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
