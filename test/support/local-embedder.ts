import {
  LocalHashEmbeddings,
  localEmbedderDimensions,
  localEmbedderName,
} from '../../src/embeddings/local-hash-embeddings.js';

/** The offline embedder as ingestPaths takes it. */
export const localEmbedder = {
  embeddings: new LocalHashEmbeddings(),
  name: localEmbedderName,
  dimensions: localEmbedderDimensions,
};
