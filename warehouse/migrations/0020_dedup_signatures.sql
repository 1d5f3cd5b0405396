-- 0020 (dedup): persisted MinHash signatures, one per distinct normalized body (content_hash), so a run only
-- shingles bodies it has not seen before; near-duplicate groups are then re-derived from all signatures.
create table if not exists ops.dedup_signatures (
    content_hash varchar not null primary key,
    scheme       varchar not null,   -- how the signature was made (bins, shingle size, hashing library version)
    num_shingles bigint not null,
    sig          ubigint[] not null
);
comment on table ops.dedup_signatures is 'one MinHash signature per distinct normalized article body (dedup state)';
