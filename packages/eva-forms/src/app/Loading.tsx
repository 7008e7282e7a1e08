/** What a page shows while its chunk or its data loads. */
export const Loading = () => <p aria-busy="true">…</p>;
