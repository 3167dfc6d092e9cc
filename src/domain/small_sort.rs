//! Sorting for the short lists of the trajectory (five milestones, a few dozen contacts or
//! events, a caseload). The standard library's sorts are fast on large inputs but each use
//! brings several kilobytes of wasm; an insertion sort is a few hundred bytes and, for lists this
//! short, just as quick. Stable: equal elements keep their order.

/// Sorts `items` by `key`, keeping the order of equal keys.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` with `less`, keeping the order of equal elements.
pub fn sort_small_by<T>(items: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_elements_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_small_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w = vec![5, 4, 3, 2, 1, 0];
        sort_small_by(&mut w, |a, b| a < b);
        assert_eq!(w, [0, 1, 2, 3, 4, 5]);
        let mut empty: Vec<u8> = vec![];
        sort_small_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }
}
