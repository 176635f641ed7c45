package io.parcelport.adapter.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A set of entries kept in the port's stable order (registration time, then key) that answers "how many come before
 * this instant" and "which entry has this rank" in O(log n), so that a page and its total cost O(log n + page).
 *
 * <p>The entries sit in blocks of at most {@value #BLOCK} references, with a Fenwick tree over the block sizes: a rank
 * is a descent of that tree plus an index into one block, and an insert or removal shifts at most one block. This
 * costs eight bytes per entry and list, where a {@code TreeSet} node costs about forty. Entries registered in time
 * order (the usual case) are appended to the last block, which then fills completely before a new one starts.
 *
 * <p>Not thread-safe, and reading holds no cache: readers under the store's read lock may share it, writers must hold
 * its write lock.
 */
final class RankedEntries {

    static final int BLOCK = 512;

    private final List<Entry[]> blocks = new ArrayList<>();
    private int[] sizes = new int[0];
    /** Fenwick tree over {@link #sizes}, 1-based; rebuilt whenever the blocks are split, added or dropped. */
    private int[] tree = new int[1];
    private int size;

    /** The port's stable order: registration time, then key; the two together are unique among live entries. */
    static int compare(Entry a, Entry b) {
        int byTime = a.createdAt.compareTo(b.createdAt);
        return byTime != 0 ? byTime : a.key.compareTo(b.key);
    }

    int size() {
        return size;
    }

    void add(Entry e) {
        if (blocks.isEmpty()) {
            appendBlock(e);
            return;
        }
        int b = blockFor(e);
        Entry[] block = blocks.get(b);
        int n = sizes[b];
        int at = indexIn(block, n, e);
        if (n < BLOCK) {
            System.arraycopy(block, at, block, at + 1, n - at);
            block[at] = e;
            sizes[b]++;
            bump(b, 1);
        } else if (b == blocks.size() - 1 && at == n) {
            appendBlock(e); // appending in time order: keep the full block full
            return;
        } else {
            Entry[] upper = new Entry[BLOCK];
            int half = BLOCK / 2;
            System.arraycopy(block, half, upper, 0, BLOCK - half);
            Arrays.fill(block, half, BLOCK, null);
            sizes[b] = half;
            blocks.add(b + 1, upper);
            sizes = insertAt(sizes, b + 1, BLOCK - half);
            if (at <= half) {
                System.arraycopy(block, at, block, at + 1, half - at);
                block[at] = e;
                sizes[b]++;
            } else {
                int i = at - half;
                System.arraycopy(upper, i, upper, i + 1, BLOCK - half - i);
                upper[i] = e;
                sizes[b + 1]++;
            }
            rebuild();
        }
        size++;
    }

    /** Removes {@code e}, found by its stable order; false if it is not in the set. */
    boolean remove(Entry e) {
        if (blocks.isEmpty()) {
            return false;
        }
        int b = blockFor(e);
        Entry[] block = blocks.get(b);
        int n = sizes[b];
        int at = indexIn(block, n, e);
        if (at == n || block[at] != e) {
            return false;
        }
        System.arraycopy(block, at + 1, block, at, n - at - 1);
        block[n - 1] = null;
        sizes[b]--;
        size--;
        if (sizes[b] == 0) {
            blocks.remove(b);
            sizes = removeAt(sizes, b);
            rebuild();
        } else {
            bump(b, -1);
        }
        return true;
    }

    /** How many entries were registered before {@code t}, or, if {@code inclusive}, at or before it. */
    int countBefore(Instant t, boolean inclusive) {
        // The first block whose last entry lies at or past the bound holds the boundary.
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before(blocks.get(mid)[sizes[mid] - 1], t, inclusive)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == blocks.size()) {
            return size;
        }
        Entry[] block = blocks.get(lo);
        int l = 0;
        int h = sizes[lo];
        while (l < h) {
            int mid = (l + h) >>> 1;
            if (before(block[mid], t, inclusive)) {
                l = mid + 1;
            } else {
                h = mid;
            }
        }
        return prefix(lo) + l;
    }

    private static boolean before(Entry e, Instant t, boolean inclusive) {
        int c = e.createdAt.compareTo(t);
        return inclusive ? c <= 0 : c < 0;
    }

    /** Hands the entries of ranks {@code from} (inclusive) to {@code to} (exclusive) to {@code action}, in order. */
    void forEach(int from, int to, Consumer<Entry> action) {
        if (from >= to) {
            return;
        }
        int b = blockOfRank(from);
        int i = from - prefix(b);
        for (int left = to - from; left > 0; b++, i = 0) {
            Entry[] block = blocks.get(b);
            int end = Math.min(sizes[b], i + left);
            for (int j = i; j < end; j++) {
                action.accept(block[j]);
            }
            left -= end - i;
        }
    }

    // ---- blocks -------------------------------------------------------------------------------------------------

    private void appendBlock(Entry e) {
        Entry[] block = new Entry[BLOCK];
        block[0] = e;
        blocks.add(block);
        sizes = insertAt(sizes, sizes.length, 1);
        size++;
        rebuild();
    }

    /** The block where {@code e} belongs: the first whose last entry is not before it, else the last block. */
    private int blockFor(Entry e) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(blocks.get(mid)[sizes[mid] - 1], e) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first of the {@code n} entries of {@code block} not before {@code e}. */
    private static int indexIn(Entry[] block, int n, Entry e) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(block[mid], e) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int[] insertAt(int[] a, int at, int value) {
        int[] r = new int[a.length + 1];
        System.arraycopy(a, 0, r, 0, at);
        r[at] = value;
        System.arraycopy(a, at, r, at + 1, a.length - at);
        return r;
    }

    private static int[] removeAt(int[] a, int at) {
        int[] r = new int[a.length - 1];
        System.arraycopy(a, 0, r, 0, at);
        System.arraycopy(a, at + 1, r, at, a.length - at - 1);
        return r;
    }

    // ---- Fenwick tree over the block sizes ----------------------------------------------------------------------

    private void rebuild() {
        int m = sizes.length;
        // Only a new or dropped block rebuilds, about once per BLOCK inserts, so the O(blocks) cost is amortised.
        tree = new int[m + 1];
        for (int i = 1; i <= m; i++) {
            tree[i] += sizes[i - 1];
            int parent = i + (i & -i);
            if (parent <= m) {
                tree[parent] += tree[i];
            }
        }
    }

    private void bump(int block, int delta) {
        for (int i = block + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    /** The number of entries in the blocks before {@code block}. */
    private int prefix(int block) {
        int sum = 0;
        for (int i = block; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    /** The block holding rank {@code rank}, which must be below {@link #size}. */
    private int blockOfRank(int rank) {
        int pos = 0;
        int rest = rank;
        for (int step = Integer.highestOneBit(Math.max(1, tree.length - 1)); step > 0; step >>= 1) {
            int next = pos + step;
            if (next < tree.length && tree[next] <= rest) {
                pos = next;
                rest -= tree[next];
            }
        }
        return pos;
    }
}
