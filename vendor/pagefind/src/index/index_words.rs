use minicbor::encode::{Encoder, Error, Write};
use minicbor::Encode;

/// The word index chunks in `pagefind/index/`

/// A single word index chunk: `pagefind/index/*.pf_index`
#[derive(Encode)]
pub struct WordIndex {
    #[n(0)]
    pub words: Vec<PackedWord>,
}

/// A single word as an inverse index of all locations on the site
#[derive(Encode, Clone, Debug)]
pub struct PackedWord {
    #[n(0)]
    pub word: String,
    /// suivi patch: `PackedPages`, encoded as the `Vec<PackedPage>` it replaces.
    #[n(1)]
    pub pages: PackedPages,
    #[n(2)]
    pub additional_variants: Vec<PackedVariant>,
}

/// A variant of a word with different diacritics (e.g., "café" vs "cafe")
#[derive(Encode, Clone, Debug)]
pub struct PackedVariant {
    #[n(0)]
    pub form: String,
    /// suivi patch: `PackedPages`, encoded as the `Vec<PackedPage>` it replaces.
    #[n(1)]
    pub pages: PackedPages,
}

/// A set of locations on a given page (suivi patch: how a page was held, and is still encoded;
/// held only until it joins a `PackedPages`)
#[derive(Encode, Clone, Debug)]
pub struct PackedPage {
    #[n(0)]
    pub page_number: usize, // Won't exceed u32 but saves us some into()s
    #[n(1)]
    pub locs: Vec<i32>,
    #[n(2)]
    pub meta_locs: Vec<i32>,
}

/// suivi patch: the pages of a word (or of one of its variants) with their locations on each.
/// Pagefind held them as a `Vec<PackedPage>`: 56 bytes a page and two vectors of its own, one of
/// them usually empty. A word is on about a hundred thousand pages of a large site, so this holds
/// them in two vectors for all its pages: 12 bytes a page (its number and where its locations
/// and its metadata locations end) and the locations one after another. It is encoded exactly
/// as the `Vec<PackedPage>` it replaces, and `append` keeps the order in which pages come.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackedPages {
    /// For each page: its number (or, once `delta_encode`d, its distance from the page before),
    /// the end of its locations in `locs` and the end of its metadata locations.
    pages: Vec<[u32; 3]>,
    locs: Vec<i32>,
}

/// A position in a vector of locations, as held by `PackedPages`.
fn offset(n: usize) -> u32 {
    u32::try_from(n).expect("a word has fewer than 2^32 locations on a site")
}

impl PackedPages {
    /// One page's locations and metadata locations, after those already here.
    pub fn push(&mut self, page_number: usize, locs: &[i32], meta_locs: &[i32]) {
        self.locs.extend_from_slice(locs);
        let locs_end = offset(self.locs.len());
        self.locs.extend_from_slice(meta_locs);
        let page = u32::try_from(page_number).expect("a language has fewer than 2^32 pages");
        self.pages.push([page, locs_end, offset(self.locs.len())]);
    }

    /// Gives the last page, if it is `page_number`, these metadata locations in place of its
    /// own; false (and nothing changed) if the last page is another. The page of that number is
    /// the last only where pages are added one page at a time, as in a page's own word map
    /// (`build_indexes`): a merged set of pages must not be given metadata this way.
    pub fn set_last_meta_locs(&mut self, page_number: usize, meta_locs: &[i32]) -> bool {
        match self.pages.last_mut() {
            Some(last) if last[0] as usize == page_number => {
                self.locs.truncate(last[1] as usize);
                self.locs.extend_from_slice(meta_locs);
                last[2] = offset(self.locs.len());
                true
            }
            _ => false,
        }
    }

    /// Another set of pages after these, in its order.
    pub fn append(&mut self, other: PackedPages) {
        if self.pages.is_empty() {
            *self = other;
            return;
        }
        let base = offset(self.locs.len());
        self.locs.extend_from_slice(&other.locs);
        // Every end below is at most the new length, checked here.
        let _ = offset(self.locs.len());
        self.pages.extend(
            other
                .pages
                .iter()
                .map(|&[page, locs_end, meta_end]| [page, base + locs_end, base + meta_end]),
        );
    }

    pub fn len(&self) -> usize {
        self.pages.len()
    }

    /// How many locations and metadata locations the pages hold together.
    pub fn locs_len(&self) -> usize {
        self.locs.len()
    }

    /// Each page's number, locations and metadata locations, in order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &[i32], &[i32])> {
        let mut start = 0;
        self.pages.iter().map(move |&[page, locs_end, meta_end]| {
            let (locs_end, meta_end) = (locs_end as usize, meta_end as usize);
            let page_locs = (&self.locs[start..locs_end], &self.locs[locs_end..meta_end]);
            start = meta_end;
            (page as usize, page_locs.0, page_locs.1)
        })
    }

    /// Sorted by page number, pages of the same number kept in their order (as Pagefind's
    /// `sort_by_key` on the pages); pages that come in order, as they do, are left as they are.
    pub fn sort_by_page(&mut self) {
        if self.pages.windows(2).all(|w| w[0][0] <= w[1][0]) {
            return;
        }
        let mut order: Vec<(usize, &[i32], &[i32])> = self.iter().collect();
        order.sort_by_key(|(page, _, _)| *page);
        let mut sorted = PackedPages::default();
        for (page, locs, meta_locs) in order {
            sorted.push(page, locs, meta_locs);
        }
        *self = sorted;
    }

    /// Each page number replaced by its distance from the one before (the first from 0), as
    /// the word index chunks hold them. The pages must be sorted.
    pub fn delta_encode(&mut self) {
        let mut last_page = 0;
        for page in &mut self.pages {
            let delta = page[0] - last_page;
            last_page = page[0];
            page[0] = delta;
        }
    }
}

impl<C> Encode<C> for PackedPages {
    fn encode<W: Write>(&self, e: &mut Encoder<W>, ctx: &mut C) -> Result<(), Error<W::Error>> {
        e.array(self.pages.len() as u64)?;
        for (page, locs, meta_locs) in self.iter() {
            e.array(3)?.u64(page as u64)?;
            locs.encode(e, ctx)?;
            meta_locs.encode(e, ctx)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages() -> Vec<PackedPage> {
        let page = |page_number, locs: &[i32], meta_locs: &[i32]| PackedPage {
            page_number,
            locs: locs.to_vec(),
            meta_locs: meta_locs.to_vec(),
        };
        vec![
            page(0, &[1, 4, -26, 300], &[]),
            page(3, &[], &[0, 2]),
            page(70_000, &[7], &[-1_000_000, 5]),
            page(70_001, &[2; 40], &[]),
        ]
    }

    fn packed(pages: &[PackedPage]) -> PackedPages {
        let mut packed = PackedPages::default();
        for p in pages {
            packed.push(p.page_number, &p.locs, &p.meta_locs);
        }
        packed
    }

    #[test]
    fn packed_pages_encode_as_the_pages_they_replace() {
        let pages = pages();
        let packed = packed(&pages);
        assert_eq!(packed.len(), 4);
        let back: Vec<_> = packed
            .iter()
            .map(|(n, l, m)| (n, l.to_vec(), m.to_vec()))
            .collect();
        let given: Vec<_> = pages
            .iter()
            .map(|p| (p.page_number, p.locs.clone(), p.meta_locs.clone()))
            .collect();
        assert_eq!(back, given);
        let word = |pages| PackedWord {
            word: "droits".into(),
            pages,
            additional_variants: vec![],
        };
        assert_eq!(
            minicbor::to_vec(word(packed)).unwrap(),
            minicbor::to_vec(PublishedWord {
                word: "droits".into(),
                pages: pages.clone(),
                additional_variants: vec![],
            })
            .unwrap()
        );
        assert_eq!(
            minicbor::to_vec(word(PackedPages::default())).unwrap(),
            minicbor::to_vec(PublishedWord {
                word: "droits".into(),
                pages: vec![],
                additional_variants: vec![],
            })
            .unwrap()
        );
    }

    /// How the published crate held and encoded a word, to compare bytes with.
    #[derive(Encode)]
    struct PublishedWord {
        #[n(0)]
        word: String,
        #[n(1)]
        pages: Vec<PackedPage>,
        #[n(2)]
        additional_variants: Vec<PackedVariant>,
    }

    #[test]
    fn appended_sorted_and_delta_encoded_as_the_pages_they_replace() {
        let pages = pages();
        let mut whole = packed(&pages[..2]);
        whole.append(packed(&pages[2..]));
        assert_eq!(whole, packed(&pages));
        let mut empty = PackedPages::default();
        empty.append(packed(&pages));
        assert_eq!(empty, packed(&pages));

        let mut shuffled = packed(&[pages[2].clone(), pages[0].clone()]);
        shuffled.append(packed(&[pages[3].clone(), pages[1].clone()]));
        shuffled.sort_by_page();
        assert_eq!(shuffled, packed(&pages));

        let mut deltas = packed(&pages);
        deltas.delta_encode();
        let numbers: Vec<usize> = deltas.iter().map(|(n, _, _)| n).collect();
        assert_eq!(numbers, vec![0, 3, 69_997, 1]);
        assert_eq!(deltas.locs_len(), 4 + 2 + 3 + 40);
    }

    #[test]
    fn the_last_page_takes_its_metadata_locations() {
        let mut packed = PackedPages::default();
        packed.push(4, &[1, 2], &[]);
        assert!(!packed.set_last_meta_locs(5, &[9]));
        assert!(packed.set_last_meta_locs(4, &[9, 8]));
        assert!(packed.set_last_meta_locs(4, &[7]));
        let back: Vec<_> = packed
            .iter()
            .map(|(n, l, m)| (n, l.to_vec(), m.to_vec()))
            .collect();
        assert_eq!(back, vec![(4, vec![1, 2], vec![7])]);
    }
}
